import { Route, Routes } from 'react-router';

import { AuditAccessPage } from '../audit/audit-access.page';
import { RequireRole } from '../auth/require-role.component';
import { SignInPage } from '../auth/sign-in.page';
import { EngagementDetailPage } from '../engagements/engagement-detail.page';
import { EngagementListPage } from '../engagements/engagement-list.page';
import { EngineerListPage } from '../engineers/engineer-list.page';
import { HomeRedirect } from '../layout/home-redirect.component';
import {
  AUDIT_ACCESS_ROLES,
  ENGAGEMENT_ROLES,
  ENGINEER_ROLES,
  ORGANIZATION_ROLES,
} from '../layout/navigation-items';
import { NotFoundPage } from '../layout/not-found.page';
import { SignedInShell } from '../layout/signed-in-shell.component';
import { OrganizationListPage } from '../organizations/organization-list.page';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<SignedInShell />}>
        <Route index element={<HomeRedirect />} />
        <Route element={<RequireRole roles={ENGAGEMENT_ROLES} />}>
          <Route path="/engagements" element={<EngagementListPage />} />
          <Route path="/engagements/:engagementId" element={<EngagementDetailPage />} />
        </Route>
        <Route element={<RequireRole roles={ENGINEER_ROLES} />}>
          <Route path="/engineers" element={<EngineerListPage />} />
        </Route>
        <Route element={<RequireRole roles={ORGANIZATION_ROLES} />}>
          <Route path="/organizations" element={<OrganizationListPage />} />
        </Route>
        <Route element={<RequireRole roles={AUDIT_ACCESS_ROLES} />}>
          <Route path="/audit-access" element={<AuditAccessPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
