// A "Print" button (data-print) opens the browser's print dialog; inline handlers are not
// allowed by the pages' Content-Security-Policy.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
