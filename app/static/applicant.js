// Evidence highlighting and the reason prompt on the applicant page. Everything works without
// it: the evidence is also quoted under each criterion, and the server checks every reason.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ev"));
  var toggles = Array.prototype.slice.call(document.querySelectorAll(".evidence-toggle"));

  function show(criterion) {
    var first = null;
    marks.forEach(function (mark) {
      var lit = criterion !== null && mark.dataset.criteria.split(" ").indexOf(criterion) !== -1;
      mark.classList.toggle("lit", lit);
      if (lit && first === null) { first = mark; }
    });
    toggles.forEach(function (button) {
      var on = button.dataset.criterion === criterion;
      button.setAttribute("aria-pressed", on ? "true" : "false");
      var word = button.querySelector(".toggle-word");
      if (word) { word.textContent = on ? "Hide" : "Show"; }
    });
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }

  toggles.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") === "true";
      show(on ? null : button.dataset.criterion);
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll(".score-fields"), function (fields) {
    var select = fields.querySelector(".verdict-select");
    var reason = fields.querySelector("textarea");
    function update() {
      var differs = select.value !== fields.dataset.machine;
      reason.required = differs;
      fields.classList.toggle("score-fields--differs", differs);
    }
    var score = fields.querySelector("input[type=number]");
    select.addEventListener("change", function () {
      score.value = "";  // a new verdict takes its usual score unless one is typed
      update();
    });
    update();
  });
}());
