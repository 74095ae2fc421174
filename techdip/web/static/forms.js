// Filter forms submit only the fields that are set, so a filtered page has a short URL (?area=ai, not ?party=&area=ai&...).
(function () {
  "use strict";
  for (const form of document.querySelectorAll("form.filters[method=get]")) {
    form.addEventListener("submit", () => {
      for (const field of form.elements) if (field.name && field.value === "") field.disabled = true;
      // re-enable after the browser has read the form, so going back shows the fields as they were
      setTimeout(() => { for (const field of form.elements) field.disabled = false; }, 0);
    });
  }
})();
