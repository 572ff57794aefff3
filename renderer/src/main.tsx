import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app';
import { registerServiceWorker } from './lib/service-worker';
import './styles/app.css';

// The CSP forbids eval; tell zod not to try its compiled fast path.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(<StrictMode><App /></StrictMode>);

// Ask the browser to keep our data even under storage pressure (DESIGN.md: evicted data must be rare).
void navigator.storage?.persist?.().catch(() => undefined);

registerServiceWorker();
