import { pirepsApi } from '../../api';
import type { Pirep } from '../../api/types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { Modal, ModalActions } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { useApiForm } from '../../hooks/useApiForm';
import { validateRejectReason } from '../../lib/validation';

interface RejectDialogProps {
  pirep: Pirep;
  open: boolean;
  onClose: () => void;
  onRejected: (pirep: Pirep) => void;
}

export function RejectDialog({ pirep, open, onClose, onRejected }: RejectDialogProps) {
  const form = useApiForm({
    initialValues: { reason: '' },
    validate: validateRejectReason,
    submit: (values) => pirepsApi.reject(pirep.id, values.reason.trim()),
    onSuccess: (rejected) => {
      form.reset();
      onRejected(rejected);
    },
  });

  const close = () => {
    if (form.isPending) return;
    form.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      onClose={close}
      title={`Reject ${pirep.flightNumber}`}
      description="The pilot sees this reason with the PIREP."
    >
      <form onSubmit={form.handleSubmit} noValidate className="space-y-4">
        <TextField
          label="Reason"
          multiline
          rows={4}
          required
          hint="Up to 500 characters."
          autoFocus
          {...form.field('reason')}
        />
        <FormAlert message={form.formError} />
        <ModalActions>
          <Button variant="secondary" onClick={close} disabled={form.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={form.isPending}>
            Reject PIREP
          </Button>
        </ModalActions>
      </form>
    </Modal>
  );
}
