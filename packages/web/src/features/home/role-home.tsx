// Which first-screen section each role sees on `/app`. Each section lives in a file of its own
// (`<role>-home-section.tsx`) and loads its own aggregated answer from `/api/home/<role>`.
import type { AccountRole } from '@dti/contract';
import { AdminHomeSection } from './admin-home-section';
import { CouncilHomeSection } from './council-home-section';
import { LeaderHomeSection } from './leader-home-section';
import { OfficerHomeSection } from './officer-home-section';

/** The role's own first-screen section, or nothing for a role without one. */
export function RoleHome({ role }: { role: AccountRole }) {
  switch (role) {
    case 'leader':
      return <LeaderHomeSection />;
    case 'unit_officer':
    case 'unit_head':
      return <OfficerHomeSection />;
    case 'council_member':
      return <CouncilHomeSection />;
    case 'admin':
      return <AdminHomeSection />;
    default:
      return null;
  }
}
