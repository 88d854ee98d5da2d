import express, { type Express } from 'express';

/**
 * The one HTTP application of the process. Today: GET /healthz. The REST API (/api/...), Slack
 * (POST /slack/events) and Teams (POST /api/messages) adapters mount here.
 */
export function createHttpApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' } });
  });
  return app;
}
