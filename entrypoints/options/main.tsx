// Options page: every note (search, export, import), the theme table, the sites where Lede is off.
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '../popup/popup.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
