import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startClock } from './stores/clock';
import { loadAll, subscribeMainEvents } from './stores/subscribe-main-events';
import './styles/base.css';
import './styles/frame.css';
import './styles/board.css';
import './styles/status.css';
import './styles/settings.css';

// Listen first, then load: nothing pushed between the two is lost.
subscribeMainEvents();
startClock();
void loadAll();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
