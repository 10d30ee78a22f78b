import { createRoot } from 'react-dom/client';
import 'zmp-ui/zaui.css';
import './styles/app.css';
import { createApiClient } from './api/client';
import { MiniApp } from './app';
import { initialPathFrom } from './routes';

const api = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE ?? '' });
const container = document.getElementById('app');
if (container) {
  createRoot(container).render(<MiniApp api={api} initialPath={initialPathFrom(window.location.search)} />);
}
