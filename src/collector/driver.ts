/**
 * The database drivers are optional peer dependencies of feelback, as Knex, Kysely and Drizzle have them: a
 * front-end install must not compile SQLite. Each store's entry loads its driver through here, so a missing
 * driver is an error that names the package to install instead of a resolution error deep inside dist/.
 */
export async function loadDriver<T>(driver: string, entry: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissing(error, driver)) throw error;
    throw new Error(
      `${entry} needs the database driver ${driver}, an optional peer dependency of feelback that is not ` +
        `installed: npm install ${driver}`,
      { cause: error },
    );
  }
}

/** Node says "Cannot find package 'pg' imported from …"; a package that pg itself lacks is another error. */
function isMissing(error: unknown, driver: string): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(`'${driver}'`)
  );
}
