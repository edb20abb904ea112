import type { SharedMessages } from './messages.js';

export const nl: SharedMessages = {
  survey: {
    title: 'Uw mening',
    submit: 'Versturen',
    sending: 'Bezig met versturen…',
    next: 'Volgende',
    back: 'Vorige',
    progress: (step, total) => `Vraag ${step} van ${total}`,
    thanks: 'Bedankt voor uw antwoord!',
    thanksRecovery:
      'Bedankt dat u dit met ons deelt. Het spijt ons dat het niet goed voelde; we nemen uw ervaring serieus en gaan ermee aan de slag.',
    contact: 'Mag er contact met u worden opgenomen over uw ervaring?',
    errorConfig: 'Versturen is nu niet mogelijk.',
    errorRejected: 'Uw antwoord kon niet worden verwerkt.',
    launcher: 'Feedback geven',
    close: 'Sluiten',
    opened: (title) => `Een korte vraag is geopend: ${title}`,
  },
  required: 'Beantwoord deze vraag.',
};
