export default defineBackground(() => {
  // Wired up by the in-page and notes work: message router, commands, context menu.
});
