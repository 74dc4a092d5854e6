import type { RouteObject } from 'react-router-dom';
import { AdminCertificatesPage } from './AdminCertificatesPage';
import { MyCertificatesPage } from './MyCertificatesPage';
import { VERIFY_PATH, VerifyPage } from './VerifyPage';

/** Under the student's section (/certificates). */
export const myCertificatesRoutes: RouteObject[] = [{ index: true, element: <MyCertificatesPage /> }];

/** Public, signed out or in. */
export const verifyRoutes: RouteObject[] = [{ path: VERIFY_PATH, element: <VerifyPage /> }];

/** Under the admin's section (/admin/certificates). */
export const adminCertificatesRoutes: RouteObject[] = [{ index: true, element: <AdminCertificatesPage /> }];
