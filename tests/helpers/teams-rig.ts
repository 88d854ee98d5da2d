import { ConnectorStub } from '../../test-kit/connector-stub.js';
import { OLGA, PRIYA, STRANGER } from '../../test-kit/teams-requests.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface TeamsRig {
  server: TestServer;
  connector: ConnectorStub;
  stop(): Promise<void>;
}

export const PUBLIC_URL = 'https://skillcheck.example.com';

/** The real server (Teams in emulator mode: no app id, loopback only) with a Bot Connector stub as the activities' serviceUrl. */
export async function startTeamsRig(env: Record<string, string> = {}): Promise<TeamsRig> {
  const connector = await new ConnectorStub().start();
  connector.members.set(PRIYA.id, { aadObjectId: PRIYA.aadObjectId, email: 'Priya.Natarajan@example.com', name: PRIYA.name });
  connector.members.set(OLGA.id, { aadObjectId: OLGA.aadObjectId, email: 'olga.ivanova@example.com', name: OLGA.name });
  connector.members.set(STRANGER.id, { aadObjectId: STRANGER.aadObjectId, email: 'someone.else@elsewhere.example', name: STRANGER.name });
  const server = await startTestServer({ TEAMS_EMULATOR: 'true', PUBLIC_URL, LINK_SECRET: 'test-link-secret', ...env });
  return {
    server,
    connector,
    async stop() {
      await server.stop();
      await connector.stop();
    },
  };
}
