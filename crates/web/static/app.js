// Yunzhan progressive enhancement. Every page works without this file.
(function () {
  "use strict";
  // The language menu applies as soon as a language is picked; the button
  // stays for keyboard users and for browsers without JavaScript.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) select.form.submit();
    });
  });
  // Buttons marked danger ask before they act.
  document.querySelectorAll("form button.danger").forEach(function (button) {
    button.form.addEventListener("submit", function (event) {
      var text = document.documentElement.lang === "zh-CN" ? "确定吗？" : "Are you sure?";
      if (event.submitter === button && !window.confirm(text)) event.preventDefault();
    });
  });
})();
