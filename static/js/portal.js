/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("change", function (event) {
    var target = event.target;
    // The language switcher submits itself when a language is chosen (its button shows without script).
    if (target.matches && target.matches("[data-autosubmit]")) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });

  // A pagination link is replaced by the swap that it caused: move focus to the results' heading so that
  // keyboard and screen-reader users continue from there. (Filters keep their focus; a live region
  // announces the new count.)
  document.addEventListener("htmx:afterSwap", function (event) {
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!source || !source.hasAttribute || !source.hasAttribute("data-focus-results")) {
      return;
    }
    var heading = event.detail.target.querySelector("[data-focus-after-swap]");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
  });
})();
