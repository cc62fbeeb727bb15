import { benchFanout } from './fanout';
const t0 = Date.now();
benchFanout().then((r) => console.log(JSON.stringify(r), Date.now() - t0));
