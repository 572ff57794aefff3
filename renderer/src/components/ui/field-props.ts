import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';

/**
 * The props every form control of a react-hook-form form gets: id, class, the registration, and
 * aria-invalid / aria-describedby pointing at FormField's error message.
 */
export function fieldProps<T extends FieldValues>(prefix: string, register: UseFormRegister<T>, errors: FieldErrors<T>) {
  return (name: Path<T>) => {
    const invalid = errors[name] !== undefined;
    return {
      id: `${prefix}-${name}`, className: 'input', 'aria-invalid': invalid ? true : undefined,
      'aria-describedby': invalid ? `${prefix}-${name}-error` : undefined, ...register(name),
    };
  };
}
