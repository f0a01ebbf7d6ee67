// The options page: notes, themes, sites.
import { NotesManager } from './NotesManager';
import { SitesEditor } from './SitesEditor';
import { ThemesEditor } from './ThemesEditor';

export function Options() {
  return (
    <>
      <header>
        <h1>Lede — notes, themes and sites</h1>
      </header>
      <main class="opt-grid">
        <NotesManager />
        <ThemesEditor />
        <SitesEditor />
      </main>
    </>
  );
}
