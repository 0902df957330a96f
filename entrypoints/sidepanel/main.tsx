import { render } from 'solid-js/web';
import { App } from '@/components/app/App';
import { makeBrowserServices, requestPersistentStorage } from '@/lib/browser/app-services';

void requestPersistentStorage();
render(() => <App services={makeBrowserServices('panel')} />, document.getElementById('root')!);
