/// The one script, served at /static/app.js. Every page works without it; with it, a unit field suggests units as
/// the person types (the server resolves whatever is typed either way).
public enum Script {
    public static let javascript = """
        (function () {
          "use strict";
          function attach(input) {
            var list = document.getElementById(input.getAttribute("list"));
            var source = input.getAttribute("data-goi-y");
            if (!list || !source) { return; }
            var timer = null, last = "";
            input.addEventListener("input", function () {
              var typed = input.value.trim();
              if (typed.length < 2 || typed === last) { return; }
              clearTimeout(timer);
              timer = setTimeout(function () {
                last = typed;
                fetch(source + "?q=" + encodeURIComponent(typed), { credentials: "same-origin", headers: { "Accept": "application/json" } })
                  .then(function (response) { return response.ok ? response.json() : []; })
                  .then(function (matches) {
                    while (list.firstChild) { list.removeChild(list.firstChild); }
                    matches.forEach(function (match) {
                      var option = document.createElement("option");
                      option.value = match.label;
                      option.textContent = match.code;
                      list.appendChild(option);
                    });
                  })
                  .catch(function () {});
              }, 200);
            });
          }
          document.querySelectorAll("input[data-goi-y]").forEach(attach);
          // Folded sections print in full, in browsers that do not honour the print stylesheet's ::details-content.
          var folded = [];
          window.addEventListener("beforeprint", function () {
            folded = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) { d.open = true; return true; });
          });
          window.addEventListener("afterprint", function () { folded.forEach(function (d) { d.open = false; }); folded = []; });
        })();
        """
}
