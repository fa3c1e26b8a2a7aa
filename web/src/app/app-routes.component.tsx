import { Route, Routes } from 'react-router';

import { AuditAccessPage } from '../audit/audit-access.page';
import { AuditorEngagementPage } from '../audit-grants/auditor-engagement.page';
import { AuditPacksPage } from '../audit-packs/audit-packs.page';
import { RequireRole } from '../auth/require-role.component';
import { SignInPage } from '../auth/sign-in.page';
import { MyCandidaciesPage } from '../candidates/my-candidacies.page';
import { EngagementDetailPage } from '../engagements/engagement-detail.page';
import { EngagementListPage } from '../engagements/engagement-list.page';
import { EngineerListPage } from '../engineers/engineer-list.page';
import { EvidenceDetailPage } from '../evidence/evidence-detail.page';
import { ReviewQueuePage } from '../evidence/review-queue.page';
import { HomeRedirect } from '../layout/home-redirect.component';
import {
  AUDIT_ACCESS_ROLES,
  CANDIDACY_ROLES,
  ENGAGEMENT_ROLES,
  ENGINEER_ROLES,
  ORGANIZATION_ROLES,
  PORTFOLIO_ROLES,
  REVIEW_ROLES,
} from '../layout/navigation-items';
import { NotFoundPage } from '../layout/not-found.page';
import { SignedInShell } from '../layout/signed-in-shell.component';
import { OrganizationListPage } from '../organizations/organization-list.page';
import { PortfolioPage } from '../portfolio/portfolio.page';
import { CompliancePage } from '../requirements/compliance.page';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<SignedInShell />}>
        <Route index element={<HomeRedirect />} />
        <Route element={<RequireRole roles={ENGAGEMENT_ROLES} />}>
          <Route path="/engagements" element={<EngagementListPage />} />
          <Route path="/engagements/:engagementId" element={<EngagementDetailPage />} />
          <Route path="/engagements/:engagementId/compliance" element={<CompliancePage />} />
          <Route path="/engagements/:engagementId/audit-packs" element={<AuditPacksPage />} />
          <Route path="/evidence/:evidenceId" element={<EvidenceDetailPage />} />
        </Route>
        <Route element={<RequireRole roles={PORTFOLIO_ROLES} />}>
          <Route path="/portfolio" element={<PortfolioPage />} />
        </Route>
        <Route element={<RequireRole roles={REVIEW_ROLES} />}>
          <Route path="/reviews" element={<ReviewQueuePage />} />
        </Route>
        <Route element={<RequireRole roles={ENGINEER_ROLES} />}>
          <Route path="/engineers" element={<EngineerListPage />} />
        </Route>
        <Route element={<RequireRole roles={CANDIDACY_ROLES} />}>
          <Route path="/candidacies" element={<MyCandidaciesPage />} />
        </Route>
        <Route element={<RequireRole roles={ORGANIZATION_ROLES} />}>
          <Route path="/organizations" element={<OrganizationListPage />} />
        </Route>
        <Route element={<RequireRole roles={AUDIT_ACCESS_ROLES} />}>
          <Route path="/audit-access" element={<AuditAccessPage />} />
          <Route path="/audit/:engagementId" element={<AuditorEngagementPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
