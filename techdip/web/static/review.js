// Review controls: loaded only on pages rendered for a logged-in reviewer (event page, document page, /review).
// Every write goes to the JSON API with the session's CSRF token (GET /api/session); a refusal is shown in the
// panel's alert line in words, never as raw JSON. Article text is untrusted: only textContent is ever set.
(function () {
  "use strict";

  // ---- talking to the API ------------------------------------------------------------------------------------
  let csrf = null;

  async function token() {
    if (csrf) return csrf;
    const answer = await fetch("/api/session", { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!answer.ok) throw new Error("You are not logged in any more: log in again, then retry.");
    csrf = (await answer.json()).csrf;
    return csrf;
  }

  async function send(method, url, body, retried) {
    const headers = { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": await token() };
    let answer;
    try {
      answer = await fetch(url, { method, headers, credentials: "same-origin", body: JSON.stringify(body || {}) });
    } catch (err) {
      throw new Error("The server could not be reached; nothing was changed. Try again.");
    }
    let data = null;
    try { data = await answer.json(); } catch (err) { data = null; }
    if (answer.status === 403 && data && data.error && data.error.code === "csrf" && !retried) {
      csrf = null; // the session changed since the token was fetched (a new login in another tab): fetch it again
      return send(method, url, body, true);
    }
    if (!answer.ok) throw new Error(describe(answer.status, data));
    return data;
  }

  // The app's error shapes: {"detail": "...", "errors": [{parameter, message}]} and {"error": {"code", "message"}}.
  function describe(status, data) {
    if (status === 401) return "Your session has ended: log in again (top right), then retry. Nothing was changed.";
    const words = [];
    if (data && data.error) words.push(data.error.message || data.error.detail || data.error.code);
    if (data && typeof data.detail === "string") words.push(data.detail);
    if (data && Array.isArray(data.detail)) for (const d of data.detail) words.push(d.msg || String(d));
    if (data && Array.isArray(data.errors)) {
      for (const e of data.errors) {
        const text = (e.parameter ? e.parameter.split(".").pop() + ": " : "") + (e.message || "");
        if (e.message && !words.some((w) => String(w).includes(e.message))) words.push(text);
      }
    }
    const lead = { 401: "Not logged in.", 403: "Not allowed.", 404: "Not found.", 409: "Not possible now.",
                   422: "Not accepted.", 429: "Too many requests." }[status] || `The server refused (${status}).`;
    const distinct = [...new Set(words.filter(Boolean).map((w) => String(w).trim()))];
    return distinct.length ? `${lead} ${distinct.join("; ")}` : `${lead} Nothing was changed.`;
  }

  function showError(where, message) {
    const line = (where.closest(".review-panel, .queue") || document).querySelector(".review-error");
    if (!line) return;
    line.textContent = message;
    line.hidden = false;
    line.focus();
  }

  function clearError(where) {
    const line = (where.closest(".review-panel, .queue") || document).querySelector(".review-error");
    if (line) { line.hidden = true; line.textContent = ""; }
  }

  // ---- evidence: a text selection in the article as offsets into the document's text ---------------------------
  // Offsets count Unicode code points of the stored text (Python string indices). The DOM holds the same text
  // except that HTML parsing turns CR LF and lone CR into LF, and JavaScript counts UTF-16 units: both are undone
  // by walking the stored text alongside the selected prefix.
  const article = document.getElementById("article-text");
  const textHolder = document.getElementById("doc-text");
  const stored = textHolder ? Array.from(JSON.parse(textHolder.dataset.json)) : [];
  let lastSelection = null;

  function storedOffset(domPrefix) {
    let i = 0;
    for (const ch of domPrefix) {
      if (ch === "\n" && stored[i] === "\r") i += stored[i + 1] === "\n" ? 2 : 1;
      else i += 1;
    }
    return Math.min(i, stored.length);
  }

  function selectionInArticle() {
    const sel = window.getSelection();
    if (!article || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(article, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const prefix = before.toString();
    let start = storedOffset(prefix);
    let end = storedOffset(prefix + range.toString());
    while (start < end && /\s/u.test(stored[start])) start += 1; // a selection's spaces at either end are not evidence
    while (end > start && /\s/u.test(stored[end - 1])) end -= 1;
    return end > start ? { start, end, text: stored.slice(start, end).join("") } : null;
  }

  // The article shows the evidence the open form holds: the page's own marks stay, the chosen spans are drawn
  // over them (class "chosen"), so a reviewer sees at once what the event will stand on.
  const pageMarks = [];
  if (article && textHolder) {
    for (const mark of article.querySelectorAll("mark")) {
      const range = document.createRange();
      range.setStart(article, 0);
      range.setEndBefore(mark);
      const start = storedOffset(range.toString());
      pageMarks.push([start, storedOffset(range.toString() + mark.textContent)]);
    }
  }

  function drawMarks(chosen) {
    if (!article || !textHolder) return;
    const cuts = new Set([0, stored.length]);
    for (const [a, b] of [...pageMarks, ...chosen.map((s) => [s.start, s.end])]) { cuts.add(a); cuts.add(b); }
    const points = [...cuts].sort((x, y) => x - y);
    const inside = (list, a, b) => list.some(([x, y]) => x <= a && b <= y);
    const pieces = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k += 1) {
      const [a, b] = [points[k], points[k + 1]];
      const text = stored.slice(a, b).join("");
      const old = inside(pageMarks, a, b);
      const picked = inside(chosen.map((s) => [s.start, s.end]), a, b);
      if (!old && !picked) { pieces.append(text); continue; }
      const mark = document.createElement("mark");
      if (picked) mark.className = "chosen";
      mark.textContent = text;
      pieces.append(mark);
    }
    article.replaceChildren(pieces);
  }

  if (article) {
    document.addEventListener("selectionchange", () => {
      const span = selectionInArticle();
      if (span) lastSelection = span;
    });
  }

  // ---- forms of the review panel ---------------------------------------------------------------------------------
  const panel = document.querySelector(".review-panel");

  function spansOf(form) {
    if (!form._spans) {
      const initial = form.dataset.kind === "correct" ? JSON.parse(panel.dataset.evidence || "[]") : [];
      form._spans = initial.map((e) => ({ start: e.start, end: e.end, text: e.text }));
    }
    return form._spans;
  }

  function drawSpans(form) {
    const list = form.querySelector("ul.spans");
    if (!list) return;
    list.replaceChildren();
    spansOf(form).forEach((span, index) => {
      const item = document.createElement("li");
      const quote = document.createElement("bdi"); // the quote marks stay outside: an RTL quote would flip them
      quote.textContent = span.text;
      const where = document.createElement("span");
      where.className = "hint";
      where.textContent = ` [${span.start}–${span.end}] `;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", `remove evidence ${index + 1}`);
      remove.addEventListener("click", () => { spansOf(form).splice(index, 1); drawSpans(form); });
      item.append("“", quote, "”", where, remove);
      list.append(item);
    });
    drawMarks(spansOf(form));
    if (!spansOf(form).length) {
      const empty = document.createElement("li");
      empty.className = "hint";
      empty.textContent = "No evidence yet.";
      list.append(empty);
    }
  }

  function splitList(text) {
    return text.split(/[,;،؛、，]/u).map((s) => s.trim()).filter(Boolean);
  }

  // The fields of an event form as the API takes them.
  function eventValues(form) {
    const f = form.elements;
    const people = [];
    for (const row of form.querySelectorAll(".people-rows .person-row")) {
      const name = row.querySelector("[name=person-name]").value.trim();
      const party = row.querySelector("[name=person-party]").value.trim();
      const role = row.querySelector("[name=person-role]").value.trim();
      if (name || party || role) people.push({ name, party: party || null, role: role || null });
    }
    return {
      type: f.type.value,
      status: f.status.value,
      parties: splitList(f.parties.value),
      areas: Array.from(form.querySelectorAll("input[name=areas]:checked"), (box) => box.value),
      date: f.date.value.trim() || null,
      location: f.location.value.trim() || null,
      people,
      evidence: spansOf(form).map((s) => ({ start: s.start, end: s.end })),
    };
  }

  // Only what changed is sent, so the audit trail names the fields the reviewer corrected.
  function changedValues(form) {
    const now = eventValues(form);
    const was = JSON.parse(panel.dataset.original);
    was.evidence = JSON.parse(panel.dataset.evidence).map((e) => ({ start: e.start, end: e.end }));
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const body = {};
    for (const key of Object.keys(now)) {
      // sets: the form lists areas in the app's order and parties as typed, the event keeps them sorted
      if ((key === "parties" || key === "areas") && same(now[key].slice().sort(), (was[key] || []).slice().sort())) continue;
      if (key === "people") {
        const plain = (list) => (list || []).map((p) => ({ name: p.name, party: p.party || null, role: p.role || null }));
        if (same(plain(now.people), plain(was.people))) continue;
      }
      if (!same(now[key], was[key] === undefined ? null : was[key])) body[key] = now[key];
    }
    return body;
  }

  function reasonOf(form) {
    const field = form.elements.reason;
    return field && field.value.trim() ? field.value.trim() : undefined;
  }

  function openForm(id) {
    for (const other of panel.querySelectorAll(".review-form")) other.hidden = other.id !== id;
    drawMarks([]);
    const form = document.getElementById(id);
    if (!form) return;
    if (form.querySelector("ul.spans")) drawSpans(form);
    const first = form.querySelector("input:not([type=hidden]):not([type=checkbox]), select, textarea");
    if (first) first.focus();
    form.scrollIntoView({ block: "nearest" });
  }

  async function act(where, work) {
    clearError(where);
    const buttons = where.querySelectorAll("button");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await work();
    } catch (err) {
      showError(where, err.message);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  const go = (path) => { window.location.assign(path); };
  const reloadAt = (hash) => { window.location.hash = hash; window.location.reload(); };

  const submitters = {
    async correct(form, id) {
      const body = changedValues(form);
      if (!Object.keys(body).length) throw new Error("Nothing was changed in the form: change a field, or use Confirm.");
      body.reason = reasonOf(form);
      await send("PATCH", `/api/events/${id}`, body);
      reloadAt("history");
    },
    async reject(form, id) {
      await send("POST", `/api/events/${id}/reject`, { reason: reasonOf(form) });
      reloadAt("history");
    },
    async restore(form, id) {
      await send("POST", `/api/events/${id}/restore`, { reason: reasonOf(form) });
      reloadAt("history");
    },
    async split(form, id) {
      const parts = form.elements.parts.value.split("\n").map(splitList).filter((p) => p.length);
      if (parts.length < 2) throw new Error("Give at least two parts, one per line.");
      const answer = await send("POST", `/api/events/${id}/split`, { parts, reason: reasonOf(form) });
      go(`/events/${answer.ids[0]}#history`);
    },
    async merge(form, id) {
      const picked = form.elements.other ? form.elements.other.value : "";
      const other = (form.elements.other_id.value.trim() || picked).trim();
      if (!/^[0-9]+$/.test(other)) throw new Error("Give the id of the event to merge with, a number.");
      const answer = await send("POST", "/api/events/merge", { ids: [Number(id), Number(other)], reason: reasonOf(form) });
      go(`/events/${answer.id}#history`);
    },
    async story(form, id) {
      const own = form.elements.own_story.checked;
      const value = form.elements.story_id.value.trim();
      if (!own && !/^[0-9]+$/.test(value)) throw new Error("Give a story id, or tick “out of its story”.");
      await send("POST", `/api/events/${id}/story`, { story_id: own ? null : Number(value), reason: reasonOf(form) });
      reloadAt("history");
    },
    async add(form) {
      const body = eventValues(form);
      if (!body.evidence.length) throw new Error("Select the evidence in the text below, then press “Add the selected text”.");
      if (!body.date) delete body.date;
      if (!body.location) delete body.location;
      body.reason = reasonOf(form);
      const answer = await send("POST", `/api/documents/${encodeURIComponent(panel.dataset.doc)}/events`, body);
      go(`/events/${answer.id}#history`);
    },
  };

  if (panel) {
    const id = panel.dataset.event;
    panel.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      const form = button.closest("form");
      if (button.dataset.open) openForm(button.dataset.open);
      else if (button.dataset.action === "confirm") {
        act(panel, async () => { await send("POST", `/api/events/${id}/confirm`, {}); reloadAt("history"); });
      } else if (button.classList.contains("cancel") && form) {
        form.hidden = true;
        drawMarks([]);
        clearError(panel);
      } else if (button.classList.contains("add-person") && form) {
        const row = form.querySelector("template.person-template").content.firstElementChild.cloneNode(true);
        form.querySelector(".people-rows").append(row);
        row.querySelector("input").focus();
      } else if (button.classList.contains("remove-person")) {
        button.closest(".person-row").remove();
      } else if (button.classList.contains("add-span") && form) {
        const span = selectionInArticle() || lastSelection;
        if (!span) { showError(panel, "First select the words of the evidence in the article's text."); return; }
        const spans = spansOf(form);
        if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
        spans.sort((a, b) => a.start - b.start);
        lastSelection = null;
        clearError(panel);
        drawSpans(form);
      }
    });
    for (const form of panel.querySelectorAll(".review-form")) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        act(form, () => submitters[form.dataset.kind](form, id));
      });
    }
    if (window.location.hash === "#edit" && document.getElementById("edit-form")) openForm("edit-form");
  }

  // ---- the review queue: j/k move, c confirm, r reject, e edit, o/Enter open ------------------------------------
  const queue = document.getElementById("queue");
  if (queue) {
    const rows = () => Array.from(queue.querySelectorAll("tbody tr[data-event]"));
    const dialog = document.getElementById("reject-dialog");
    let current = rows()[0] || null;

    function focusRow(row) {
      if (!row) return;
      for (const other of rows()) other.tabIndex = -1;
      row.tabIndex = 0;
      row.focus();
      current = row;
    }

    function move(step) {
      const all = rows();
      const at = all.indexOf(current);
      focusRow(all[Math.max(0, Math.min(all.length - 1, at + step))]);
    }

    function done(row, state) {
      row.classList.add("reviewed", `is-${state}`);
      const cell = row.querySelector("td.done");
      cell.replaceChildren();
      const badge = document.createElement("span");
      badge.className = `badge review-${state}`;
      badge.textContent = state;
      cell.append(badge);
      const next = rows().slice(rows().indexOf(row) + 1).find((r) => !r.classList.contains("reviewed"));
      focusRow(next || row);
    }

    queue.addEventListener("focusin", (event) => {
      const row = event.target.closest("tr[data-event]");
      if (row) current = row;
    });

    document.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target.closest("input, textarea, select, dialog, [contenteditable]")) return;
      if (!current) return;
      const id = current.dataset.event;
      const key = event.key;
      if (key === "j" || key === "ArrowDown") move(1);
      else if (key === "k" || key === "ArrowUp") move(-1);
      else if (key === "o" || (key === "Enter" && event.target === current)) go(`/events/${id}`);
      else if (key === "e") go(`/events/${id}#edit`);
      else if (key === "c") {
        const row = current;
        act(queue.closest(".queue"), async () => { await send("POST", `/api/events/${id}/confirm`, {}); done(row, "confirmed"); });
      } else if (key === "r") {
        dialog.querySelector(".which").textContent = id;
        dialog.querySelector("input[name=reason]").value = "";
        dialog._row = current;
        dialog.showModal();
      } else return;
      event.preventDefault();
    });

    dialog.querySelector("form").addEventListener("submit", (event) => {
      event.preventDefault();
      const row = dialog._row;
      const reason = dialog.querySelector("input[name=reason]").value.trim();
      if (!reason) return;
      dialog.close();
      act(queue.closest(".queue"), async () => {
        await send("POST", `/api/events/${row.dataset.event}/reject`, { reason });
        done(row, "rejected");
      });
    });
    dialog.querySelector("button.cancel").addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => { if (dialog._row) focusRow(dialog._row.classList.contains("reviewed") ? current : dialog._row); });
    if (current && !document.activeElement.closest("main a, main input")) focusRow(current);
  }
})();
