// Filter forms submit only the fields that are set, so a filtered page has a short URL (?area=ai, not ?party=&area=ai&...).
// The interface language selector sends its form as soon as a language is chosen (its button is for pages without script).
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  for (const form of document.querySelectorAll("form.filters[method=get]")) {
    form.addEventListener("submit", () => {
      for (const field of form.elements) if (field.name && field.value === "") field.disabled = true;
      // re-enable after the browser has read the form, so going back shows the fields as they were
      setTimeout(() => { for (const field of form.elements) field.disabled = false; }, 0);
    });
  }
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
})();
