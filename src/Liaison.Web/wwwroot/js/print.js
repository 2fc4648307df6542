// Buttons marked data-print open the browser's print dialog (no inline handlers: the CSP forbids them).
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-print]")) {
    window.print();
  }
});
