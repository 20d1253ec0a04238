// Small enhancements, none needed for the pages to work:
// - a refused form's error summary (or the first error) takes the focus, so a phone user sees
//   it and a screen reader reads it;
// - the unit pickers' filter box narrows a long list of checkboxes as one types (diacritics and
//   đ ignored, like the server's search);
// - lists with row checkboxes get a "select all" switch;
// - on a phone, a filter form folds away under its summary (one tap opens it).
(function () {
  "use strict";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (window.matchMedia && window.matchMedia("(max-width: 600px)").matches) {
      document.querySelectorAll("details[data-collapse-narrow]").forEach(function (d) { d.open = false; });
    }
    var focus = document.querySelector("[data-focus]");
    if (focus) {
      var details = focus.closest("details");
      if (details) { details.open = true; }
      focus.focus();
      if (focus.scrollIntoView) { focus.scrollIntoView({ block: "center" }); }
    }
    document.querySelectorAll(".picker").forEach(function (picker) {
      var box = picker.querySelector(".picker-filter");
      if (!box) { return; }
      box.hidden = false;
      box.addEventListener("input", function () {
        var q = fold(box.value.trim());
        picker.querySelectorAll(".picker-item").forEach(function (item) {
          var hit = q === "" || (item.getAttribute("data-key") || "").indexOf(q) >= 0;
          item.hidden = !hit && !item.querySelector("input:checked");
        });
        picker.querySelectorAll(".picker-group").forEach(function (g) {
          g.hidden = !g.querySelector(".picker-item:not([hidden])");
        });
      });
    });
    document.querySelectorAll("[data-select-all]").forEach(function (all) {
      var form = all.form || document;
      all.addEventListener("change", function () {
        form.querySelectorAll("input[name='" + all.getAttribute("data-select-all") + "']").forEach(function (c) {
          c.checked = all.checked;
        });
      });
    });
  });
})();
