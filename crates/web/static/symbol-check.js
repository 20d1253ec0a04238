// Live feedback on a document symbol: on leaving the field, ask the server how it reads
// the symbol (POST /api/v1/symbols/parse) and show the normalised form or the error beside
// the field. Progressive enhancement only: the form is checked again when it is sent.
(function () {
  "use strict";
  var input = document.querySelector("input[data-symbol-check]");
  var out = document.getElementById("symbol-check");
  if (!input || !out || !window.fetch) { return; }
  var vi = document.documentElement.lang !== "en";
  var last = null;
  function show(text, bad) {
    out.textContent = text;
    out.classList.toggle("field-error", bad);
    if (bad) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
  }
  input.addEventListener("blur", function () {
    var value = input.value.trim();
    if (value === last) { return; }
    last = value;
    if (value === "") { show("", false); return; }
    fetch("/api/v1/symbols/parse", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "accept-language": vi ? "vi" : "en" },
      body: JSON.stringify({ symbol: value })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (a) {
      if (a.ok) {
        var kind = a.body.type_name ? " (" + a.body.type_name + ")" : "";
        show((vi ? "Hệ thống đọc là: " : "Read as: ") + a.body.symbol + kind, false);
      } else if (a.body && a.body.error) {
        show(a.body.error.message, true);
      }
    }).catch(function () { /* offline: the server checks on save */ });
  });
})();
