import { describe, expect, it } from "vitest";
import { forwardedStory } from "./forwarded.js";

const prose =
  "Chile and Viet Nam agreed on Thursday to open talks on a new trade protocol covering wine, fruit and seafood, officials said. ";

describe("a story forwarded by mail", () => {
  it("starts at a forward marker written in the mail program's own language", () => {
    const message = [
      "---------- Mensaje reenviado ---------",
      "De: Agencia EFE <english@efe-wire.example.com>",
      "Fecha: jueves, 4 de mayo de 2023, 9:02",
      "Asunto: Chile and Viet Nam agree to open talks",
      "",
      prose + prose,
    ].join("\n");
    expect(forwardedStory(`Lista Andes-Asia | Mensajes\nHola a todos, va abajo.\n\n${message}`)).toBe(message);
  });

  it("leaves a story whose framed box heading stands over labelled facts, not a mail's header", () => {
    const text = [
      "Chile and Viet Nam agree to open talks",
      prose,
      "==== Chile at a glance ====",
      "Capital: Santiago",
      "Population: 19.6 million",
      prose + prose,
    ].join("\n");
    expect(forwardedStory(text)).toBeNull();
  });
});
