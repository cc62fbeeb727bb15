import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTAINERS } from '../../src/store/cosmos/containers';

/** The Bicep must declare exactly what the code reads and writes, and no account keys. */
const bicep = readFileSync(path.resolve(__dirname, '../../infra/main.bicep'), 'utf8');

describe('infra/main.bicep', () => {
  it('declares exactly the containers and partition keys the code uses', () => {
    const declared = [...bicep.matchAll(/\{ name: '(\w+)', partitionKey: '([^']+)'/g)].map((m) => [m[1], m[2]]);
    const used = Object.values(CONTAINERS).map((c) => [c.id, c.partitionKey.paths[0]]);
    expect(declared.sort()).toEqual(used.sort());
  });

  it('turns account keys off and grants the bot identity data-plane access instead', () => {
    expect(bicep).toMatch(/disableLocalAuth: true/);
    expect(bicep).toMatch(/sqlRoleAssignments/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).not.toMatch(/listKeys|primaryMasterKey/);
  });

  it('defaults to Norway East and serverless, and configures the app as production mode expects', () => {
    expect(bicep).toMatch(/param location string = 'norwayeast'/);
    expect(bicep).toMatch(/param cosmosCapacity string = 'serverless'/);
    for (const setting of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'COSMOS_ENDPOINT', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      expect(bicep).toContain(`{ name: '${setting}'`);
    }
    expect(bicep).toMatch(/appCommandLine: 'node dist\/index.js'/);
  });

  it('gives every required parameter a value in the parameters file', () => {
    const parameters = JSON.parse(readFileSync(path.resolve(__dirname, '../../infra/main.parameters.json'), 'utf8')).parameters;
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
    for (const name of required) expect(parameters).toHaveProperty(name);
  });
});
