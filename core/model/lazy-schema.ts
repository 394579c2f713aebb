/**
 * A schema built on its first use. The returned value stands for the schema `build` makes in
 * every way a caller can tell (property reads and writes, its methods, `in`, its prototype and
 * so `instanceof`), but nothing is built until one of those happens: loading a module that
 * declares many schemas costs nothing until a value is validated or a schema is read.
 */
export const lazySchema = <T extends object>(build: () => T): T => {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      return Reflect.get(target, key, target) as unknown;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    ownKeys: () => Reflect.ownKeys(real()),
    // Reported configurable: the stand-in itself holds none of the properties it reports.
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(real(), key);
      return found && { ...found, configurable: true };
    },
  });
};
