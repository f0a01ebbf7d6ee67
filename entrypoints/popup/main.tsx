import { render } from 'preact';
render(<main>Lede</main>, document.getElementById('app')!);
