#!/usr/bin/env python3
"""Source of samples/gold.jsonl: the annotations, with evidence given as quoted text.

Run after editing an article or an annotation: it finds each quote in the article
(Python str.find on the text read with encoding="utf-8"), writes start/end offsets,
and rewrites gold.jsonl. Then run validate_gold.py.
"""
import json, os
BASE = os.path.dirname(os.path.abspath(__file__))
Z = '\u200c'

def P(name, party, role):
    return {"name": name, "party": party, "role": role}

def E(type, parties, areas, people, date, location, status, ev):
    return dict(type=type, parties=sorted(parties), areas=sorted(areas), people=people,
                date=date, location=location, status=status, evidence=ev)

DOCS = []
def D(fname, lang, published, events, story=None):
    DOCS.append((fname, lang, published, events, story))

# ---------------- English ----------------
MOUS = P("Seyed Reza Mousavian", "IRN", "minister of ICT")
VARD = P("Arsen Vardanyan", "ARM", "deputy minister of high-tech industry")
KARIM = P("Mahdi Karimzadeh", "IRN", "CEO of the Telecommunication Infrastructure Company")
D("en_01_iran_armenia_transit.txt", "en", "2024-07-14", [
    E("CONSULT", ["IRN", "ARM"], ["ai", "data_transit", "space", "telecom_infrastructure", "research_education", "software_services"],
      [MOUS, VARD, KARIM], "2024-07-14", "Tehran", "agreed",
      ["Iran's Minister of Information and Communications Technology Seyed Reza Mousavian met Armenia's Deputy Minister of High-Tech Industry Arsen Vardanyan in Tehran on Sunday",
       "Iranian operators were ready to lease additional capacity on the fibre-optic link between the two countries",
       "Yerevan was interested in Iran's experience in building remote-sensing satellites and in training young engineers for Armenia's fast-growing AI sector"]),
    E("AGREE", ["IRN", "ARM"], ["ai", "data_transit"], [P("Seyed Reza Mousavian", "IRN", "minister of ICT"), P("Arsen Vardanyan", "ARM", "deputy minister of high-tech industry")],
      "2024-07-14", "Tehran", "agreed",
      ["the two officials agreed to set up a joint working group on data transit and artificial intelligence"]),
    E("REQUEST", ["ARM", "IRN"], ["innovation_startups"], [P("Arsen Vardanyan", "ARM", "deputy minister of high-tech industry"), P("Seyed Reza Mousavian", "IRN", "minister of ICT")],
      "2024-07-14", "Tehran", "proposed",
      ["The Armenian deputy minister also invited Mousavian to visit a technology and startup exhibition to be held in Yerevan in October."]),
], story="s02")

RAKH = P("Sherzod Rakhimov", "UZB", "minister of digital technologies")
D("en_02_tashkent_roundup.txt", "en", None, [
    E("AGREE", ["UZB", "KAZ"], ["data_transit", "telecom_infrastructure"],
      [RAKH, P("Aidos Nurlanov", "KAZ", "minister of digital development, innovation and aerospace industry")],
      "2024-10-01", "Tashkent", "signed",
      ["On Tuesday, Rakhimov and Kazakhstan's Minister of Digital Development, Innovation and Aerospace Industry Aidos Nurlanov signed a roadmap on international data transit",
       "a second cross-border fibre-optic line between Shymkent and Tashkent"]),
    E("CONSULT", ["UZB", "AZE"], ["e_government", "space"],
      [RAKH, P("Tural Gasimov", "AZE", "deputy minister of digital development and transport")],
      "2024-10-01", "Tashkent", "agreed",
      ["Later the same day, Rakhimov met Azerbaijan's Deputy Minister of Digital Development and Transport Tural Gasimov.",
       "The two discussed Azerbaijan's experience with its electronic government portal and possible cooperation in satellite communications."]),
    E("AGREE", ["UZB", "AZE"], [], [RAKH, P("Tural Gasimov", "AZE", "deputy minister of digital development and transport")],
      "2024-10-01", "Tashkent", "agreed",
      ["They agreed to convene the ICT working group of the Uzbek-Azerbaijani intergovernmental commission in Baku in December."]),
    E("AID", ["ITU", "UZB"], ["cybersecurity", "research_education"],
      [P("Elena Markovic", "ITU", "ITU regional director for the CIS")], "2024-10-02", "Tashkent", "proposed",
      ["the ITU was ready to train up to 500 Uzbek civil servants in cybersecurity and incident response next year"]),
])

DZH = P("Talant Dzhumabaev", "KGZ", "minister of digital development")
D("en_03_sco_bishkek_month.txt", "en", None, [
    E("CONSULT", ["SCO", "KGZ"], ["ai", "cybersecurity", "e_government"], [DZH], "2025-06", "Bishkek", "agreed",
      ["Communications ministers of the Shanghai Cooperation Organisation (SCO)",
       "at their meeting in Bishkek in June 2025",
       "The meeting was chaired by Kyrgyzstan's Minister of Digital Development Talant Dzhumabaev"]),
    E("AGREE", ["SCO", "KGZ"], ["ai", "cybersecurity", "internet_governance"], [DZH], "2025-06", "Bishkek", "agreed",
      ["approved a joint action plan on information security and artificial intelligence for 2025-2027",
       "develop common approaches to the protection of personal data"]),
    E("REQUEST", ["KGZ", "SCO"], ["research_education"], [DZH], "2025-06", "Bishkek", "proposed",
      ["Dzhumabaev proposed that a regional SCO centre for digital skills be established in Bishkek"]),
])

D("en_04_serbia_saudi_ai_mou.txt", "en", "2024-12-03", [
    E("AGREE", ["SRB", "SAU"], ["ai", "digital_economy", "innovation_startups", "research_education"],
      [P("Milan Jovanović", "SRB", "minister of information and telecommunications"),
       P("Faisal bin Saad Al-Otaibi", "SAU", "minister of communications and information technology"),
       P("Dragan Petrović", "SRB", "ambassador of Serbia to Saudi Arabia")],
      "2024-12-03", "Riyadh", "signed",
      ["Serbia and Saudi Arabia signed a memorandum of understanding on cooperation in artificial intelligence, the digital economy and technology entrepreneurship in Riyadh on Tuesday",
       "Belgrade and Riyadh agreed to exchange expertise in developing and regulating AI"]),
], story="s03")

YOON = P("Yoon Ji-hoon", "KOR", "second vice minister of science and ICT")
PHAM = P("Pham Duc Long", "VNM", "deputy minister of information and communications")
D("en_05_korea_vietnam_chips_nearmiss.txt", "en", "2024-11-25", [
    E("CONSULT", ["KOR", "VNM"], ["equipment_manufacturing", "mobile_5g", "research_education"], [YOON, PHAM],
      "2024-11-25", "Seoul", "agreed",
      ["South Korea and Vietnam on Monday discussed cooperation in semiconductor manufacturing and next-generation mobile networks",
       "Korea's Second Vice Minister of Science and ICT Yoon Ji-hoon met Vietnamese Deputy Minister of Information and Communications Pham Duc Long"]),
    E("AGREE", ["KOR", "VNM"], ["equipment_manufacturing", "research_education"], [YOON, PHAM], "2024-11-25", "Seoul", "agreed",
      ["They agreed to launch a joint working group on semiconductor human resources early next year"]),
    E("AID", ["KOR", "VNM"], ["equipment_manufacturing", "research_education"], [P("Yoon Ji-hoon", "KOR", "second vice minister of science and ICT")],
      "2024-11-25", "Seoul", "proposed",
      ["Korea would be willing to offer scholarships to 100 Vietnamese graduate students in semiconductor engineering"]),
], story="s07")

D("en_06_morocco_portugal_football_nonrelevant.txt", "en", "2024-11-19", [])

# ---------------- Persian ----------------
def fz(s):  # '~' marks a zero-width non-joiner in fa_01 snippets
    return s.replace('~', Z)
MOUS_FA = P("سید رضا موسویان", "IRN", "minister of ICT")
VARD_FA = P("آرسن واردانیان", "ARM", "deputy minister of high-tech industry")
D("fa_01_iran_armenia_transit.txt", "fa", "2024-07-14", [
    E("CONSULT", ["IRN", "ARM"], ["ai", "data_transit", "space", "telecom_infrastructure", "research_education", "software_services"],
      [MOUS_FA, VARD_FA, P(fz("مهدی کریم~زاده"), "IRN", "CEO of the Telecommunication Infrastructure Company")],
      "2024-07-14", "Tehran", "agreed",
      [fz("سید رضا موسویان وزیر ارتباطات و فناوری اطلاعات روز یکشنبه ۲۴ تیر ۱۴۰۳ در تهران با آرسن واردانیان معاون وزیر صنایع فناوری پیشرفته ارمنستان دیدار"),
       fz("اپراتورهای ایرانی آمادگی دارند ظرفیت بیشتری از فیبر نوری میان دو کشور را اجاره کنند"),
       fz("خواستار همکاری در آموزش مهندسان جوان ارمنی در زمینه هوش مصنوعی شد")]),
    E("AGREE", ["IRN", "ARM"], ["ai", "data_transit"], [], "2024-07-14", "Tehran", "agreed",
      [fz("بر اساس توافق دو طرف، کارگروه مشترکی برای ترانزیت داده و هوش مصنوعی تشکیل می~شود")]),
    E("REQUEST", ["ARM", "IRN"], ["innovation_startups"], [P("آرسن واردانیان", "ARM", "deputy minister of high-tech industry")],
      "2024-07-14", "Tehran", "proposed",
      [fz("واردانیان در پایان از وزیر ارتباطات ایران برای بازدید از نمایشگاه فناوری و استارت~آپ~های ارمنستان که مهرماه در ایروان برگزار می~شود، دعوت کرد.")]),
], story="s02")

MOUS_FA2 = P("سید رضا موسویان", "IRN", "minister of ICT")
D("fa_02_eco_roundup_nozwnj.txt", "fa", None, [
    E("CONSULT", ["ECO", "IRN"], ["cybersecurity", "digital_economy"], [MOUS_FA2], "2024-10-17", "Tehran", "discussed",
      ["نشست وزیران ارتباطات و فناوری اطلاعات کشورهای عضو سازمان همکاری اقتصادی (اکو) روز پنجشنبه ۲۶ مهر ۱۴۰۳ به میزبانی ایران در تهران برگزار شد",
       "درباره توسعه اقتصاد دیجیتال، تجارت الکترونیک و امنیت سایبری در منطقه گفتگو کردند"]),
    E("CONSULT", ["IRN", "TJK"], ["e_government", "media_information"],
      [P("سید رضا موسویان", "IRN", "minister of ICT"), P("فیروز رحیماف", "TJK", "head of the Communications Service")],
      "2024-10-17", "Tehran", "discussed",
      ["وزیر ارتباطات در حاشیه این نشست با فیروز رحیماف رئیس سرویس ارتباطات تاجیکستان دیدار کرد",
       "درباره همکاریها در تولید محتوای فارسی زبان و پلتفرمهای رسانهای مشترک و همچنین تبادل تجربه در دولت الکترونیک گفتگو کردند"]),
    E("CONSULT", ["IRN", "PAK"], ["postal", "telecom_infrastructure"],
      [P("سید رضا موسویان", "IRN", "minister of ICT"), P("عمران شاهد", "PAK", "minister of state for IT")],
      "2024-10-17", "Tehran", "agreed",
      ["موسویان همچنین با عمران شاهد وزیر مشاور در امور فناوری اطلاعات پاکستان دیدار کرد",
       "دو طرف بر ضرورت اتصال شبکه فیبر نوری دو کشور از طریق مرز میرجاوه و توسعه همکاریهای پستی تاکید کردند"]),
    E("AGREE", ["IRN", "PAK"], [], [], "2024-10-17", "Tehran", "agreed",
      ["تهران و اسلام آباد توافق کردند نشست بعدی کارگروه مشترک ارتباطات دو کشور آذرماه در اسلام آباد برگزار شود"]),
    E("AGREE", ["IRN", "TKM"], ["data_transit", "telecom_infrastructure"],
      [P("بهروز نادری", "IRN", "deputy minister of ICT"), P("مراد آنایف", "TKM", "deputy minister of communications")],
      "2024-10-17", "Tehran", "signed",
      ["تفاهمنامه همکاری در زمینه ترانزیت ترافیک اینترنت و توسعه زیرساختهای فیبر نوری میان ایران و ترکمنستان به امضای مهندس بهروز نادری معاون وزیر ارتباطات و مراد آنایف معاون وزیر ارتباطات ترکمنستان رسید"]),
])

# ---------------- Arabic ----------------
OTAIBI = P("فيصل بن سعد العتيبي", "SAU", "minister of communications and information technology")
JOV_AR = P("ميلان يوفانوفيتش", "SRB", "minister of information and telecommunications")
D("ar_01_saudi_serbia_ai.txt", "ar", None, [
    E("CONSULT", ["SAU", "SRB"], ["data_centers", "digital_economy", "e_government"], [OTAIBI, JOV_AR],
      "2024-12-03", "Riyadh", "signed",
      ["وعقد الوزيران قبيل التوقيع جلسة مباحثات تناولت فرص الاستثمار في مراكز البيانات والحوسبة السحابية",
       "الرياض وبلغراد تملكان فرصًا واعدة للتكامل في الاقتصاد الرقمي"]),
    E("AGREE", ["SAU", "SRB"], ["ai", "digital_economy", "innovation_startups", "research_education"], [OTAIBI, JOV_AR],
      "2024-12-03", "Riyadh", "signed",
      ["وقّعت وزارة الاتصالات وتقنية المعلومات في المملكة العربية السعودية ووزارة المعلومات والاتصالات في جمهورية صربيا اليوم مذكرة تفاهم لتعزيز التعاون في مجالات الذكاء الاصطناعي والاقتصاد الرقمي وريادة الأعمال التقنية",
       "ودعم الشركات الناشئة في البلدين للوصول إلى أسواق جديدة، إضافة إلى تنفيذ برامج مشتركة لبناء القدرات الرقمية"]),
], story="s03")

MANSOUR = P("أحمد منصور", "EGY", "minister of communications and information technology")
HAMDAN = P("ناصر الحمدان", "KWT", "minister of state for communications and information technology affairs")
D("ar_02_egypt_kuwait_gitex_dubai.txt", "ar", "2024-10-15", [
    E("CONSULT", ["EGY", "KWT"], ["ai", "cybersecurity", "data_centers", "data_transit", "e_government", "research_education", "software_services", "telecom_infrastructure"],
      [MANSOUR, HAMDAN], "2024-10-15", "Dubai", "proposed",
      ["التقى الدكتور أحمد منصور وزير الاتصالات وتكنولوجيا المعلومات المصري، الشيخ ناصر الحمدان وزير الدولة لشؤون الاتصالات وتقنية المعلومات الكويتي",
       "سبل تعزيز التعاون بين البلدين في مجال الكابلات البحرية",
       "مصر تمثل ممرًا رئيسيًا لحركة البيانات بين آسيا وأوروبا",
       "كما ناقش الوزيران فرص إقامة مراكز بيانات مشتركة وتوسيع خدمات الحوسبة السحابية",
       "فرص شركات البرمجيات المصرية في مشروعات التحول الرقمي بالكويت، ولا سيما في مجالات الحكومة الإلكترونية والخدمات الرقمية"]),
    E("AID", ["EGY", "KWT"], ["ai", "cybersecurity", "research_education"], [MANSOUR],
      "2024-10-15", "Dubai", "proposed",
      ["وأبدى الدكتور منصور استعداد الوزارة لتدريب الكوادر الكويتية الشابة في مجالات الذكاء الاصطناعي والأمن السيبراني"]),
])

# ---------------- Russian ----------------
SOK = P("Игорь Соколов", "RUS", "deputy minister of digital development, communications and mass media")
WANG_RU = P("Ван Чжипин", "CHN", "deputy minister of industry and information technology")
D("ru_01_subcommission_kazan_demonyms.txt", "ru", None, [
    E("COOPERATE", ["RUS", "CHN"], ["ai", "cybersecurity", "data_transit", "equipment_manufacturing", "mobile_5g", "postal", "telecom_infrastructure"],
      [SOK, WANG_RU], "2024-09-12", "Kazan", "signed",
      ["25-е заседание российско-китайской подкомиссии по сотрудничеству в области связи и информационных технологий состоялось 12 сентября 2024 года в Казани",
       "обсудили развитие трансграничных волоконно-оптических линий связи, увеличение пропускной способности для транзита интернет-трафика между Европой и Азией, а также сотрудничество в области стандартов связи пятого поколения",
       "с китайской стороной по транзиту данных"]),
    E("AGREE", ["RUS", "CHN"], ["digital_economy", "postal"], [], "2024-09-12", "Kazan", "signed",
      ["По итогам заседания стороны подписали протокол, предусматривающий запуск в 2025 году совместного пилотного проекта по ускоренной доставке международных почтовых отправлений, связанных с электронной торговлей."]),
    E("REQUEST", ["RUS", "CHN"], ["equipment_manufacturing"], [P("Игорь Соколов", "RUS", "deputy minister of digital development, communications and mass media")],
      "2024-09-12", "Kazan", "proposed",
      ["Российская делегация также предложила китайским партнерам рассмотреть возможность локализации производства телекоммуникационного оборудования"]),
    E("REQUEST", ["CHN", "RUS"], ["ai", "cybersecurity", "research_education"], [WANG_RU],
      "2024-09-12", "Kazan", "proposed",
      ["пекинская сторона заинтересована в расширении сотрудничества с российскими коллегами в сфере искусственного интеллекта и кибербезопасности, и предложил провести в следующем году совместный семинар экспертов"]),
    E("AGREE", ["RUS", "CHN"], [], [], "2024-09-12", "Kazan", "agreed",
      ["Стороны договорились провести следующее заседание подкомиссии в 2025 году в Харбине."]),
], story="s04")

BELOV = P("Андрей Белов", "RUS", "deputy minister of digital development")
PETROS = P("Ваган Петросян", "EAEU", "member of the EEC Board (minister) for internal markets, informatization and ICT")
D("ru_02_eaeu_digital_corridors.txt", "ru", "2025-02-12", [
    E("AGREE", ["RUS", "EAEU"], ["digital_economy", "e_government"], [BELOV, PETROS], "2025-02-11", "Moscow", "signed",
      ["Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации и Евразийская экономическая комиссия вчера в Москве подписали меморандум о взаимодействии в создании экосистемы цифровых транспортных коридоров Евразийского экономического союза",
       "созданию единой среды доверия для трансграничного электронного документооборота"]),
    E("CONSULT", ["RUS", "EAEU"], ["ai", "cybersecurity", "software_services"], [BELOV, PETROS], "2025-02-11", "Moscow", "signed",
      ["Помимо подписания документа, стороны обсудили использование российских отечественных программных решений в интегрированной информационной системе союза, вопросы защиты данных, а также перспективы применения искусственного интеллекта при анализе логистических потоков."]),
])

# ---------------- Chinese ----------------
WANG_ZH = P("王志平", "CHN", "deputy minister of industry and information technology")
SOK_ZH = P("伊戈尔·索科洛夫", "RUS", "deputy minister of digital development, communications and mass media")
D("zh_01_china_russia_subcommission.txt", "zh", "2024-09-13", [
    E("COOPERATE", ["CHN", "RUS"], ["ai", "cybersecurity", "data_transit", "mobile_5g", "postal", "telecom_infrastructure"],
      [WANG_ZH, SOK_ZH], "2024-09-12", "Kazan", "signed",
      ["中俄总理定期会晤委员会通信与信息技术合作分委会第二十五次会议12日在俄罗斯喀山举行",
       "工业和信息化部副部长王志平与俄罗斯数字发展、通信和大众传媒部副部长伊戈尔·索科洛夫共同主持会议",
       "希望双方共同提升经俄罗斯境内的欧亚陆地数据传输通道能力"]),
    E("AGREE", ["CHN", "RUS"], ["digital_economy", "postal"], [], "2024-09-12", "Kazan", "signed",
      ["会后，双方签署了会议纪要，同意于2025年启动跨境电商邮件快速投递联合试点项目。"]),
    E("AGREE", ["CHN", "RUS"], [], [], "2024-09-12", "Kazan", "agreed",
      ["双方还商定，分委会第二十六次会议将于2025年在哈尔滨举行。"]),
], story="s04")

D("zh_02_phone_launch_nonrelevant.txt", "zh", "2024-10-22", [])

LIU = P("刘振华", "CHN", "minister of industry and information technology")
D("zh_03_china_asean_digital_ministers.txt", "zh", "2025-01-16", [
    E("CONSULT", ["ASEAN", "CHN"], ["ai", "cybersecurity", "data_centers", "digital_economy", "telecom_infrastructure"],
      [LIU, P("阮氏兰", "ASEAN", "deputy secretary-general of ASEAN")], "2025-01-16", "Bangkok", "agreed",
      ["第五次中国—东盟数字部长会议16日在泰国曼谷举行",
       "围绕人工智能、数字基础设施、网络安全和数字经济等议题深入交换意见",
       "共同推进海底光缆和数据中心建设"]),
    E("AGREE", ["ASEAN", "CHN"], ["ai", "mobile_5g", "research_education"], [], "2025-01-16", "Bangkok", "agreed",
      ["会议审议通过了《中国—东盟人工智能合作倡议》和《2025年中国—东盟数字合作计划》",
       "双方将在人工智能治理、5G应用、数字技能培训等领域开展一系列合作项目"]),
    E("AID", ["CHN", "ASEAN"], ["ai", "research_education"], [LIU], "2025-01-16", "Bangkok", "proposed",
      ["中方愿在未来三年内为东盟国家举办人工智能能力建设培训班，培训技术人员和政府官员1000人次"]),
])

# ---------------- Vietnamese / Korean / Malay (story s01) ----------------
BAO = P("Trần Quốc Bảo", "VNM", "minister of information and communications")
KANG = P("Kang Min-seok", "KOR", "minister of science and ICT")
D("vi_01_vietnam_korea_ai_mou.txt", "vi", "2024-11-06", [
    E("CONSULT", ["VNM", "KOR"], ["data_centers", "equipment_manufacturing", "mobile_5g"], [BAO, KANG],
      "2024-11-06", "Hanoi", "signed",
      ["đã hội đàm và ký Biên bản ghi nhớ (MoU)",
       "hai Bộ trưởng đã trao đổi về việc thúc đẩy đầu tư của các doanh nghiệp Hàn Quốc vào ngành bán dẫn và trung tâm dữ liệu tại Việt Nam, cũng như kinh nghiệm của Hàn Quốc trong triển khai mạng 5G"]),
    E("AGREE", ["VNM", "KOR"], ["ai", "innovation_startups", "research_education"], [BAO, KANG],
      "2024-11-06", "Hanoi", "signed",
      ["ký Biên bản ghi nhớ (MoU) về hợp tác trong lĩnh vực trí tuệ nhân tạo (AI)",
       "hai bên sẽ hợp tác xây dựng khung pháp lý và tiêu chuẩn đạo đức cho AI, trao đổi chuyên gia, đào tạo nguồn nhân lực chất lượng cao và hỗ trợ các doanh nghiệp khởi nghiệp công nghệ"]),
    E("REQUEST", ["KOR", "VNM"], ["ai"], [KANG], "2024-11-06", "Hanoi", "proposed",
      ["đề xuất thành lập Trung tâm hợp tác AI Việt Nam – Hàn Quốc tại Hà Nội trong năm 2025"]),
], story="s01")

KANG_KO = P("강민석", "KOR", "minister of science and ICT")
BAO_KO = P("쩐 꾸옥 바오", "VNM", "minister of information and communications")
D("ko_01_korea_vietnam_ai_mou.txt", "ko", "2024-11-06", [
    E("CONSULT", ["KOR", "VNM"], ["data_centers", "equipment_manufacturing", "mobile_5g"], [KANG_KO, BAO_KO],
      "2024-11-06", "Hanoi", "signed",
      ["강민석 장관이 6일 베트남 하노이에서 쩐 꾸옥 바오 베트남 정보통신부 장관과 회담을 갖고",
       "한국 기업의 베트남 반도체·데이터센터 투자 확대 방안과 5G 네트워크 구축 경험 공유에 대해서도 의견을 나눴다"]),
    E("AGREE", ["KOR", "VNM"], ["ai", "innovation_startups", "research_education"], [KANG_KO, BAO_KO],
      "2024-11-06", "Hanoi", "signed",
      ["인공지능(AI) 분야 협력을 위한 양해각서(MOU)를 체결했다",
       "전문가 교류와 인재 양성 프로그램을 공동으로 추진하기로 했다",
       "양국 스타트업이 참여하는 공동 연구개발 사업"]),
    E("REQUEST", ["KOR", "VNM"], ["ai"], [P("강민석", "KOR", "minister of science and ICT"), BAO_KO], "2024-11-06", "Hanoi", "proposed",
      ["2025년 하노이에 한-베 AI 협력센터를 설립하는 방안을 베트남 측과 적극 협의하겠다",
       "한국 측의 제안을 긍정적으로 검토하겠다고 답했다"]),
], story="s01")

D("ko_02_public_cloud_domestic_nonrelevant.txt", "ko", None, [])

BAO_MS = P("Tran Quoc Bao", "VNM", "minister of information and communications")
KANG_MS = P("Kang Min-seok", "KOR", "minister of science and ICT")
D("ms_01_vietnam_korea_ai_mou.txt", "ms", "2024-11-06", [
    E("AGREE", ["VNM", "KOR"], ["ai", "innovation_startups", "research_education"], [BAO_MS, KANG_MS],
      "2024-11-06", "Hanoi", "signed",
      ["Vietnam dan Korea Selatan hari ini memeterai memorandum persefahaman (MoU) bagi memperkukuh kerjasama dalam bidang kecerdasan buatan (AI)",
       "MoU itu ditandatangani oleh Menteri Maklumat dan Komunikasi Vietnam Tran Quoc Bao dan Menteri Sains dan ICT Korea Selatan Kang Min-seok di Hanoi",
       "kedua-dua pihak bersetuju untuk bertukar pakar, melaksanakan program latihan bersama serta menyokong syarikat pemula teknologi"]),
    E("REQUEST", ["KOR", "VNM"], ["ai"], [P("Kang Min-seok", "KOR", "minister of science and ICT")], "2024-11-06", "Hanoi", "proposed",
      ["mencadangkan penubuhan Pusat Kerjasama AI Vietnam-Korea di Hanoi pada tahun 2025"]),
], story="s01")

AZMAN = P("Azman Rahim", "MYS", "chief executive of the National Cyber Security Agency (NACSA)")
KAYA = P("Ömer Faruk Kaya", "TUR", "deputy minister of transport and infrastructure")
D("ms_02_malaysia_turkiye_cyber.txt", "ms", "2024-08-20", [
    E("CONSULT", ["MYS", "TUR"], ["cybersecurity"], [AZMAN, KAYA], "2024-08-20", "Kuala Lumpur", "signed",
      ["Sebelum majlis menandatangani, kedua-dua pihak mengadakan perbincangan mengenai perkongsian maklumat ancaman siber, pengendalian insiden dan perlindungan infrastruktur maklumat kritikal negara."]),
    E("AGREE", ["MYS", "TUR"], ["cybersecurity"], [AZMAN, KAYA], "2024-08-20", "Kuala Lumpur", "signed",
      ["Malaysia dan Turkiye hari ini menandatangani memorandum persefahaman (MoU) mengenai kerjasama keselamatan siber",
       "pasukan tindak balas kecemasan komputer (CERT) kedua-dua negara akan mengadakan latihan simulasi serangan siber bersama setiap tahun bermula 2025"]),
    E("AID", ["TUR", "MYS"], ["cybersecurity", "research_education"], [P("Ömer Faruk Kaya", "TUR", "deputy minister of transport and infrastructure")],
      "2024-08-20", "Kuala Lumpur", "proposed",
      ["Kaya berkata Turkiye bersedia menyediakan latihan kepada pegawai keselamatan siber Malaysia di akademi siber negaranya di Ankara."]),
], story="s05")

# ---------------- Turkish ----------------
D("tr_01_turkiye_malaysia_siber.txt", "tr", None, [
    E("CONSULT", ["TUR", "MYS"], ["cybersecurity"], [KAYA, P("Azman Rahim", "MYS", "head of the National Cyber Security Agency (NACSA)")],
      "2024-08-20", "Kuala Lumpur", "signed",
      ["Ulaştırma ve Altyapı Bakan Yardımcısı Ömer Faruk Kaya, Malezya'nın başkenti Kuala Lumpur'da 20 Ağustos 2024 Salı günü Malezya Ulusal Siber Güvenlik Ajansı (NACSA) Başkanı Azman Rahim ile bir araya geldi.",
       "Görüşmede iki ülke arasında siber tehdit istihbaratının paylaşılması, siber olaylara müdahale ve kritik altyapıların korunması konuları ele alındı."]),
    E("AGREE", ["TUR", "MYS"], ["cybersecurity", "research_education"], [], "2024-08-20", "Kuala Lumpur", "signed",
      ["taraflar, siber güvenlik alanında iş birliğini öngören mutabakat zaptını imzaladı",
       "2025 yılından itibaren her yıl ortak siber tatbikat düzenleyecek ve uzman değişimi programları hayata geçirilecek"]),
    E("AID", ["TUR", "MYS"], ["cybersecurity", "research_education"], [P("Ömer Faruk Kaya", "TUR", "deputy minister of transport and infrastructure")],
      "2024-08-20", "Kuala Lumpur", "proposed",
      ["Malezyalı uzmanlara Ankara'daki siber güvenlik akademimizde eğitim vermeye hazırız"]),
    E("CONSULT", ["TUR", "MYS"], ["e_government"], [P("Ömer Faruk Kaya", "TUR", "deputy minister of transport and infrastructure")],
      "2024-08", "Kuala Lumpur", "discussed",
      ["Kaya, Malezya Dijital Bakanlığı yetkilileriyle de görüşerek dijital devlet uygulamaları hakkında bilgi alışverişinde bulundu"]),
], story="s05")

D("tr_02_turkiye_azerbaijan_istanbul.txt", "tr", "2024-09-25", [
    E("CONSULT", ["TUR", "AZE"], ["data_transit", "equipment_manufacturing", "mobile_5g", "space", "telecom_infrastructure"],
      [P("Kemal Aydemir", "TUR", "minister of transport and infrastructure"),
       P("Elnur Hüseynzade", "AZE", "minister of digital development and transport"),
       P("Nurlan Seyitov", None, "deputy secretary general of the Organization of Turkic States")],
      "2024-09-25", "Istanbul", "proposed",
      ["Ulaştırma ve Altyapı Bakanı Kemal Aydemir, resmi temaslarda bulunmak üzere İstanbul'a gelen Azerbaycan Dijital Kalkınma ve Ulaştırma Bakanı Elnur Hüseynzade ile bugün bir araya geldi.",
       "Trans-Hazar fiber optik kablo projesinin Türkiye bağlantısı ve Orta Koridor üzerinden Asya ile Avrupa arasındaki veri trafiğinin artırılması ele alındı",
       "Türksat ile Azerbaycan uydu operatörü Azerkosmos arasında uydu kapasitesinin ortak kullanımı",
       "iki ülkenin uydu iş birliğine ilişkin bir anlaşmayı yıl sonuna kadar imzalayabileceğini",
       "Türkiye'nin 5G alanındaki yerli ekipman geliştirme deneyimine de ilgi duyduklarını"]),
])

# ---------------- Vietnamese (2) ----------------
TUAN = P("Lê Văn Tuấn", "VNM", "deputy minister of information and communications")
KHAM = P("Khamphong Vongsavanh", "LAO", "deputy minister of technology and communications")
D("vi_02_vietnam_laos_egov_training.txt", "vi", None, [
    E("AID", ["VNM", "LAO"], ["cybersecurity", "e_government", "research_education"], [TUAN, KHAM],
      "2024-05-28", "Vientiane", "implemented",
      ["Bộ Thông tin và Truyền thông Việt Nam phối hợp với Bộ Công nghệ và Truyền thông Lào tổ chức lễ bế giảng khóa đào tạo \"Xây dựng và vận hành chính phủ điện tử\" dành cho cán bộ các bộ, ngành của Lào",
       "Toàn bộ chi phí tổ chức khóa học do phía Việt Nam tài trợ."]),
    E("AID", ["VNM", "LAO"], ["software_services"], [TUAN], "2024-05-28", "Vientiane", "proposed",
      ["sẵn sàng tiếp tục chia sẻ các giải pháp phần mềm do doanh nghiệp Việt Nam phát triển"]),
    E("AGREE", ["VNM", "LAO"], ["cybersecurity", "research_education"], [TUAN, KHAM], "2024-05-28", "Vientiane", "agreed",
      ["hai Thứ trưởng đã thống nhất sẽ tổ chức khóa đào tạo tiếp theo về an toàn thông tin mạng vào quý III năm 2025 tại Hà Nội"]),
])

# ---------------- Japanese ----------------
YAMADA = P("山田健一", "JPN", "minister of internal affairs and communications")
SANTOS = P("ラモン・サントス", "PHL", "secretary of information and communications technology")
D("ja_01_japan_philippines_openran.txt", "ja", "2024-06-18", [
    E("CONSULT", ["JPN", "PHL"], ["cybersecurity", "mobile_5g", "telecom_infrastructure"], [YAMADA, SANTOS],
      "2024-06-18", "Tokyo", "agreed",
      ["山田健一総務大臣は18日、来日中のフィリピン情報通信技術省のラモン・サントス長官と東京都内で会談した",
       "第5世代移動通信システム（5G）のオープンRAN導入や、海底ケーブルの整備、サイバーセキュリティ分野での協力について意見を交わした"]),
    E("AID", ["JPN", "PHL"], ["mobile_5g"], [P("山田健一", "JPN", "minister of internal affairs and communications")],
      "2024-06-18", "Tokyo", "proposed",
      ["マニラ首都圏にオープンRANの実証ラボを設ける計画について、日本として技術面と資金面で支援する用意があると表明した"]),
    E("AGREE", ["JPN", "PHL"], [], [], "2024-06-18", "Tokyo", "agreed",
      ["年内にマニラで次官級の政策対話を開き、協力の具体化を進めることで一致した"]),
    E("AID", ["JPN", "PHL"], ["cybersecurity", "research_education"], [], None, None, "proposed",
      ["フィリピンの政府職員を対象とした研修を日本国内で実施する案も検討されている"]),
])

# ---------------- Hindi ----------------
D("hi_01_india_kenya_dpi.txt", "hi", None, [
    E("AGREE", ["IND", "KEN"], ["digital_economy", "e_government", "software_services"],
      [P("सुरेश वर्मा", "IND", "secretary of the Ministry of Electronics and Information Technology"),
       P("जेम्स ओटिएनो", "KEN", "principal secretary, Ministry of Information, Communications and the Digital Economy")],
      "2024-04-23", "New Delhi", "signed",
      ["भारत और केन्या ने मंगलवार को डिजिटल सार्वजनिक अवसंरचना (डीपीआई) के क्षेत्र में सहयोग के लिए एक समझौता ज्ञापन पर हस्ताक्षर किए",
       "दोनों देश डिजिटल पहचान, डिजिटल भुगतान और ई-गवर्नेंस प्लेटफॉर्म के क्षेत्र में अनुभव साझा करेंगे",
       "भारत में विकसित ओपन-सोर्स समाधानों को केन्या की जरूरतों के अनुसार अपनाने पर भी मिलकर काम किया जाएगा"]),
    E("AID", ["IND", "KEN"], ["e_government", "research_education"],
      [P("सुरेश वर्मा", "IND", "secretary of the Ministry of Electronics and Information Technology")],
      "2024-04-23", "New Delhi", "proposed",
      ["भारत भारतीय तकनीकी और आर्थिक सहयोग (आईटेक) कार्यक्रम के तहत केन्या के 200 सरकारी अधिकारियों को डिजिटल शासन में प्रशिक्षण देने के लिए तैयार है"]),
])

# ---------------- Urdu ----------------
SHAHID = P("عمران شاہد", "PAK", "federal minister for IT and telecommunication")
WANG_UR = P("وانگ لی ہوا", "CHN", "ambassador of China to Pakistan")
D("ur_01_pakistan_china_it.txt", "ur", None, [
    E("CONSULT", ["PAK", "CHN"], ["ai", "data_centers", "innovation_startups", "research_education", "software_services", "telecom_infrastructure"],
      [SHAHID, WANG_UR], "2024-03-05", "Islamabad", "agreed",
      ["وفاقی وزیر برائے انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن ڈاکٹر عمران شاہد سے پاکستان میں تعینات چین کے سفیر وانگ لی ہوا نے منگل 5 مارچ 2024 کو وزارت آئی ٹی میں ملاقات کی",
       "ملاقات میں پاک چین آپٹیکل فائبر کیبل منصوبے کی توسیع، آئی ٹی برآمدات کے فروغ اور دونوں ممالک کے اسٹارٹ اپس کے درمیان روابط بڑھانے پر تفصیلی تبادلہ خیال کیا گیا"]),
    E("REQUEST", ["PAK", "CHN"], ["innovation_startups"], [SHAHID], "2024-03-05", "Islamabad", "proposed",
      ["انہوں نے چینی کمپنیوں کو پاکستان کے ٹیکنالوجی پارکس میں سرمایہ کاری کی دعوت بھی دی"]),
    E("AID", ["CHN", "PAK"], ["ai", "data_centers", "research_education"], [WANG_UR], "2024-03-05", "Islamabad", "proposed",
      ["چینی حکومت آئندہ دو برسوں میں ایک ہزار پاکستانی نوجوانوں کو مصنوعی ذہانت اور کلاؤڈ کمپیوٹنگ کی تربیت فراہم کرنے کے لیے تیار ہے"]),
    E("AGREE", ["PAK", "CHN"], [], [], "2024-03-05", "Islamabad", "agreed",
      ["دونوں فریقین نے اس بات پر اتفاق کیا کہ ڈیجیٹل تعاون سے متعلق مشترکہ ورکنگ گروپ کا اجلاس اپریل میں بیجنگ میں منعقد کیا جائے گا"]),
])

# ---------------- French ----------------
DUVAL = P("Claire Duval", "FRA", "minister delegate for digital affairs")
DIOP = P("Moussa Diop", "SEN", "minister of communication, telecommunications and the digital economy")
D("fr_01_france_senegal_cable_hypothetical.txt", "fr", "2025-01-15", [
    E("CONSULT", ["FRA", "SEN"], ["data_centers", "innovation_startups", "research_education", "telecom_infrastructure"], [DUVAL, DIOP],
      "2025-01-15", "Dakar", "proposed",
      ["La ministre déléguée chargée du Numérique, Claire Duval, s'est entretenue ce mercredi à Dakar avec le ministre sénégalais de la Communication, des Télécommunications et du Numérique, Moussa Diop",
       "le projet d'un nouveau câble sous-marin reliant le Sénégal à l'Europe, ainsi que la construction d'un second centre de données national",
       "les deux pays pourraient signer un accord-cadre sur le numérique",
       "Aucun document n'a toutefois été signé mercredi."]),
    E("AID", ["FRA", "SEN"], ["telecom_infrastructure"], [P("Claire Duval", "FRA", "minister delegate for digital affairs")],
      "2025-01-15", "Dakar", "proposed",
      ["La France est prête à financer une partie du projet de câble par l'intermédiaire de l'Agence française de développement (AFD)"]),
    E("REQUEST", ["SEN", "FRA"], ["innovation_startups", "research_education"], [P("Moussa Diop", "SEN", "minister of communication, telecommunications and the digital economy")],
      "2025-01-15", "Dakar", "proposed",
      ["M. Diop a pour sa part souhaité que la coopération porte aussi sur la formation des jeunes aux métiers du numérique et sur l'accompagnement des start-up sénégalaises"]),
])

OKAFOR = P("Daniel Okafor", "UPU", "deputy director general of the UPU")
BENSALAH = P("Sami Ben Salah", "TUN", "minister of communication technologies")
D("fr_02_upu_tunisia_postal.txt", "fr", None, [
    E("AGREE", ["UPU", "TUN"], ["digital_economy", "postal"], [OKAFOR, BENSALAH], "2024-10-08", "Bern", "signed",
      ["L'Union postale universelle (UPU) et la Tunisie ont signé mardi, au siège de l'organisation à Berne, un accord de coopération visant à moderniser le réseau postal tunisien et à développer le commerce électronique transfrontalier."]),
    E("AID", ["UPU", "TUN"], ["digital_economy", "e_government", "postal", "research_education"], [], "2024-10-08", "Bern", "agreed",
      ["l'UPU fournira une assistance technique à la Poste tunisienne pour la mise en place d'un système de suivi des envois en temps réel, la dématérialisation des formalités douanières et la formation de 150 agents aux nouvelles solutions de paiement numérique"]),
])

# ---------------- Spanish ----------------
RESTREPO = P("Laura Restrepo", "COL", "minister of information and communications technologies")
SALINAS = P("Joaquín Salinas", "ITU", "director of the ITU Regional Office for the Americas")
D("es_01_itu_colombia_cyber.txt", "es", None, [
    E("AGREE", ["ITU", "COL"], ["cybersecurity", "research_education"], [RESTREPO, SALINAS], "2024-06-13", "Bogotá", "signed",
      ["La Unión Internacional de Telecomunicaciones (UIT) y el Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC) de Colombia firmaron este jueves un acuerdo para poner en marcha en Bogotá un centro regional de formación en ciberseguridad"]),
    E("AID", ["ITU", "COL"], ["cybersecurity", "research_education"], [], "2024-06-13", "Bogotá", "agreed",
      ["la UIT aportará expertos y material didáctico"]),
    E("CONSULT", ["COL", "ITU"], ["cybersecurity", "mobile_5g", "research_education"], [RESTREPO, SALINAS], "2024-06-13", "Bogotá", "signed",
      ["durante un acto en la sede del ministerio",
       "En la reunión, la ministra también solicitó a la UIT asistencia técnica para la próxima subasta de espectro destinada a redes 5G"]),
    E("REQUEST", ["COL", "ITU"], ["mobile_5g"], [P("Laura Restrepo", "COL", "minister of information and communications technologies"), P("Joaquín Salinas", "ITU", "director of the ITU Regional Office for the Americas")],
      "2024-06-13", "Bogotá", "proposed",
      ["la ministra también solicitó a la UIT asistencia técnica para la próxima subasta de espectro destinada a redes 5G, prevista para el segundo semestre del año",
       "Salinas se comprometió a trasladar la petición a la sede de la organización en Ginebra."]),
])

D("es_02_chile_argentina_agro_nonrelevant.txt", "es", "2024-09-04", [])

# ---------------- German ----------------
BERGER = P("Thomas Berger", "DEU", "parliamentary state secretary, Federal Ministry for Digital and Transport")
RAKH_DE = P("Sherzod Rakhimov", "UZB", "minister of digital technologies")
D("de_01_germany_uzbekistan_digital.txt", "de", "2024-09-24", [
    E("CONSULT", ["DEU", "UZB"], ["cybersecurity", "e_government", "innovation_startups", "research_education", "software_services"], [BERGER, RAKH_DE],
      "2024-09-24", "Berlin", "proposed",
      ["Dr. Thomas Berger, empfing am Dienstag in Berlin den usbekischen Minister für digitale Technologien, Sherzod Rakhimov, zu einem Arbeitsgespräch",
       "Im Mittelpunkt standen der Ausbau digitaler Bürgerdienste, der Schutz staatlicher IT-Systeme sowie die wachsende IT-Outsourcing-Branche in Taschkent",
       "Ein Abkommen wurde bei dem Treffen nicht unterzeichnet."]),
    E("AID", ["DEU", "UZB"], ["research_education"], [P("Thomas Berger", "DEU", "parliamentary state secretary, Federal Ministry for Digital and Transport")],
      "2024-09-24", "Berlin", "proposed",
      ["Deutschland sei bereit, die Ausbildung usbekischer IT-Fachkräfte über Programme der Gesellschaft für Internationale Zusammenarbeit (GIZ) mitzufinanzieren"]),
    E("REQUEST", ["UZB", "DEU"], ["innovation_startups", "software_services"], [P("Sherzod Rakhimov", "UZB", "minister of digital technologies")],
      "2024-09-24", "Berlin", "proposed",
      ["Rakhimov warb zudem dafür, deutsche Softwareunternehmen stärker in den IT-Park in Taschkent zu holen"]),
    E("REQUEST", ["UZB", "DEU"], [], [P("Sherzod Rakhimov", "UZB", "minister of digital technologies"), P("Thomas Berger", "DEU", "parliamentary state secretary, Federal Ministry for Digital and Transport")],
      "2024-09-24", "Berlin", "proposed",
      ["lud Berger zu einem Gegenbesuch im kommenden Frühjahr ein"]),
])

# ---------------- Indonesian / Portuguese (story s06) ----------------
D("id_01_indonesia_5g_domestic_nonrelevant.txt", "id", "2024-12-10", [])

RINA = P("Rina Kusumawati", "IDN", "deputy minister of communication and digital affairs")
ALMEIDA = P("Ricardo Almeida", "BRA", "minister of communications")
D("id_02_brics_ministers_brasilia.txt", "id", None, [
    E("CONSULT", ["BRICS", "IDN", "BRA"], ["ai", "cybersecurity", "telecom_infrastructure"], [RINA, ALMEIDA],
      "2025-05-21", "Brasília", "agreed",
      ["Indonesia untuk pertama kalinya berpartisipasi sebagai anggota penuh dalam Pertemuan Menteri Komunikasi BRICS yang digelar di Brasilia, Brasil, pada Rabu (21/5)",
       "para menteri membahas tata kelola kecerdasan artifisial (AI), perluasan konektivitas digital ke daerah terpencil, serta keamanan siber"]),
    E("AGREE", ["BRICS", "IDN", "BRA"], ["ai"], [RINA], "2025-05-21", "Brasília", "agreed",
      ["Para menteri kemudian mengesahkan Deklarasi Bersama tentang Tata Kelola AI yang Inklusif",
       "Indonesia mendukung penuh deklarasi ini."]),
    E("CONSULT", ["IDN", "BRA"], ["data_centers", "research_education"], [P("Rina Kusumawati", "IDN", "deputy minister of communication and digital affairs"), ALMEIDA],
      "2025-05-21", "Brasília", "discussed",
      ["Rina juga melakukan pertemuan bilateral dengan Menteri Ricardo Almeida",
       "Keduanya membahas peluang kerja sama pengembangan talenta digital serta investasi pusat data"]),
], story="s06")

D("pt_01_brics_ministros_brasilia.txt", "pt", "2025-05-21", [
    E("CONSULT", ["BRICS", "BRA"], ["ai", "cybersecurity", "telecom_infrastructure"], [ALMEIDA],
      "2025-05-21", "Brasília", "agreed",
      ["O encontro foi presidido pelo ministro das Comunicações, Ricardo Almeida.",
       "os ministros discutiram a expansão da conectividade em áreas remotas, a segurança cibernética e o papel dos países em desenvolvimento na definição de regras internacionais para a IA"]),
    E("AGREE", ["BRICS", "BRA"], ["ai"], [], "2025-05-21", "Brasília", "agreed",
      ["Os ministros das Comunicações dos países do BRICS aprovaram nesta quarta-feira (21), em Brasília, uma declaração conjunta sobre a governança inclusiva da inteligência artificial."]),
    E("REQUEST", ["BRA", "BRICS"], ["research_education", "telecom_infrastructure"], [],
      "2025-05-21", "Brasília", "proposed",
      ["O Brasil também propôs a criação de um grupo de trabalho do BRICS sobre inclusão digital",
       "A proposta ainda será analisada pelos demais países do bloco."]),
], story="s06")

# ---------------- write ----------------
out = []
for fname, lang, published, events, story in sorted(DOCS, key=lambda d: d[0]):
    path = os.path.join(BASE, 'articles', fname)
    text = open(path, encoding='utf-8').read()
    evs = []
    for e in events:
        spans = []
        for snip in e['evidence']:
            i = text.find(snip)
            assert i >= 0, (fname, snip)
            spans.append({"start": i, "end": i + len(snip), "text": snip})
        spans.sort(key=lambda s: s['start'])
        e = dict(e); e['evidence'] = spans
        evs.append(e)
    rec = {"doc": "articles/" + fname, "lang": lang, "published": published, "relevant": bool(evs)}
    if story:
        rec["story"] = story
    rec["events"] = evs
    out.append(json.dumps(rec, ensure_ascii=False))
with open(os.path.join(BASE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'records')
