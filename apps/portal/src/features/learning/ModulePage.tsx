import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { ModuleAssignments } from '../assignments/ModuleAssignments';
import { useCatalogueErrorMessage } from '../catalogue/errors';
import { Breadcrumbs, ModuleOverview } from './components';
import { lessonPath } from './paths';
import { useFlashFromLocation, useLearningModule } from './queries';

/** /track/modules/:moduleId — one module as the student sees it. */
export function ModulePage() {
  const { moduleId } = useParams();
  return <ModulePageContent key={moduleId} moduleId={moduleId!} />;
}

function ModulePageContent({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const module = useLearningModule(moduleId);
  const [flash] = useFlashFromLocation();
  const data = module.data?.learningModule;

  return (
    <>
      <Breadcrumbs
        items={[{ label: t('learning.title'), to: '/track' }, { label: data?.title ?? t('learning.module') }]}
      />
      <Page title={data?.title ?? t('learning.module')}>
        <StatusMessage message={flash} />
        {module.isPending ? (
          <Loading label={t('learning.loadingModule')} />
        ) : module.isError ? (
          <>
            <ErrorAlert message={errorText(module.error)} />
            <p>
              <Link to="/track">{t('learning.backToRoute')}</Link>
            </p>
          </>
        ) : data ? (
          <>
            <ModuleOverview module={data} lessonPath={lessonPath} />
            {/* Admins and docents preview the student view; the assignments are the student's own. */}
            {!data.preview && <ModuleAssignments moduleId={data.id} />}
          </>
        ) : null}
      </Page>
    </>
  );
}
