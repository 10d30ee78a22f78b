import { useNavigate } from 'react-router-dom';
import { Button } from 'zmp-ui';
import type { Dossier } from '../api/types';
import { paths } from '../routes';

/**
 * "Đánh giá" on a dossier the citizen may rate. The procedure name travels with the navigation:
 * fetching the dossier again on the rating page would count as another lookup.
 */
export function RateDossierButton({ dossier }: { dossier: Dossier }) {
  const navigate = useNavigate();
  if (!dossier.rateable) return null;
  return (
    <Button
      size="medium"
      variant="secondary"
      onClick={() => navigate(paths.rate(dossier.code), { state: { procedureName: dossier.procedureName } })}
    >
      Đánh giá
    </Button>
  );
}
