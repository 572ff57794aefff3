import { signInStorageText, useSignInStorage } from '../api/sign-in-storage';

/** Settings → Team server: says honestly where the sign-in is kept, and offers to keep it in memory only. */
export function SignInStorageNote() {
  const { storage, setMemoryOnly } = useSignInStorage();
  if (!storage) return null;
  return (
    <div className="sign-in-storage">
      <p className={storage.protection === 'fixed-key' ? 'form-warning' : 'muted'}>{signInStorageText(storage)}</p>
      {storage.canChooseMemoryOnly ? (
        <label className="check">
          <input type="checkbox" checked={storage.memoryOnly} onChange={(e) => setMemoryOnly(e.target.checked)} />
          Keep my sign-in in memory only (sign in again at each start)
        </label>
      ) : null}
    </div>
  );
}
