/** Placeholder until the JS-SDK share card lands. */
export async function configureShare(): Promise<void> {}
