import type { RouteObject } from 'react-router-dom';
import { AdminCertificatesPage } from './AdminCertificatesPage';
import { MyCertificatesPage } from './MyCertificatesPage';

/** Under the student's section (/certificates). */
export const myCertificatesRoutes: RouteObject[] = [{ index: true, element: <MyCertificatesPage /> }];

/** Under the admin's section (/admin/certificates). */
export const adminCertificatesRoutes: RouteObject[] = [{ index: true, element: <AdminCertificatesPage /> }];
