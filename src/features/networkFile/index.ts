import type { FeatureModule } from '../../core/module';
import { texts } from './texts';

/**
 * Network definition files (`npm run network -- import|export`): no chat commands, but its texts
 * (the file's error lines and the CLI's messages) belong to the catalogue like any module's.
 */
export const networkFile: FeatureModule = { name: 'networkFile', texts, personalData: 'none' };
