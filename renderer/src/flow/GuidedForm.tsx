import type { CompiledModule, Module, Step } from '@modulo/form-model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, FiledPratica, Identity, ModuloApi } from '../api/ModuloApi';
import { ApiError } from '../api/ModuloApi';
import type { AnswerError, AnswerValidator } from '../model/AnswerValidator';
import { topField } from '../model/AnswerValidator';
import { answerInputs, inputsKey } from '../model/answerInputs';
import { toErrorSchema } from '../model/errorSchema';
import { serverFieldErrors } from '../model/serverFieldErrors';
import { computeFees, pruneHidden, text, triggeredExit, visibleFields } from '../model/modelAdapter';
import { messages } from '../messages';
import { StepIndicator } from '../StepIndicator';
import { attachmentRefs, newIdempotencyKey } from './attachmentRefs';
import { cleanAnswers } from './cleanAnswers';
import { Confirmation } from './Confirmation';
import { ErrorSummary } from './ErrorSummary';
import { ExitPage } from './ExitPage';
import { FeesBox } from './FeesBox';
import type { Phase } from './guidedPhase';
import { indicatorIndex, initialPhase, phaseOfIndicator } from './guidedPhase';
import { prefill } from './prefill';
import { PrivacyScreen } from './PrivacyScreen';
import { ResumeScreen } from './ResumeScreen';
import { resumeStep } from './resumeStep';
import { LazyStepForm as StepForm, loadStepForm, stepFormLoaded } from './LazyStepForm';
import { StepNav } from './StepNav';
import { Summary } from './Summary';
import { useRelatedServices } from './useRelatedServices';

export interface GuidedFormProps {
  module: Module;
  compiled: CompiledModule;
  validator: AnswerValidator;
  lang?: string;
  ente: string;
  api?: ModuloApi;
  identity?: Identity | null;
  /** A draft found on the server: the citizen is offered to resume it. */
  draft?: Draft | null;
  /** Where the citizen's personal area is, for the confirmation page. */
  personalAreaHref?: string;
  /** Start on this screen (stories): 'privacy' by default. */
  initial?: { phase?: Phase['kind']; step?: number; answers?: Record<string, unknown>; filed?: FiledPratica };
}

const ATOMIC_KINDS = new Set(['attachment']);

/**
 * The guided filing (Designers Italia): privacy notice and consent → the module's steps one at
 * a time (applicant data prefilled from the identity, read-only where it vouches for it) with a
 * navigable step indicator and live fees → summary with "Modifica" → submit → confirmation.
 * Only the current step is rendered; answers live here, keyed by field id.
 */
export function GuidedForm(props: GuidedFormProps) {
  const { module, compiled, validator, ente, api } = props;
  const lang = props.lang ?? 'it';
  const t = messages(lang);
  const idPrefix = `modulo-${module.id}`;
  const filled = useMemo(() => prefill(module, props.identity ?? null), [module, props.identity]);
  const [answers, setAnswers] = useState<Record<string, unknown>>(() => ({
    ...filled.answers,
    ...props.initial?.answers,
  }));
  const [phase, setPhase] = useState<Phase>(() => initialPhase(props));
  const [consent, setConsent] = useState(
    props.initial?.phase !== undefined && props.initial.phase !== 'privacy',
  );
  const [consentError, setConsentError] = useState(false);
  const [errors, setErrors] = useState<AnswerError[]>([]);
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const [submitError, setSubmitError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryBox = useRef<HTMLDivElement>(null);
  const navigated = useRef(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  // Which fields show and the fees change only with the answers conditions and fees read: not
  // on a keystroke in any other field (both walk the whole module).
  const inputs = useMemo(() => answerInputs(module), [module]);
  const depends = inputsKey(inputs, answers);
  const visible = useMemo(() => visibleFields(module, answers), [module, depends]);
  // The same array while the same steps show (`visible` changes only with the answers that
  // conditions read), so the indicator, one item per step, is not re-rendered on a keystroke.
  const steps = useMemo(
    () => module.steps.filter((s) => s.fields.some((f) => visible.has(f.id))),
    [module, visible],
  );
  const fees = useMemo(() => computeFees(module, answers), [module, depends]);

  // Focus the new screen's heading after a move (not on first load: the host page keeps focus).
  const phaseKey = phase.kind === 'step' ? `step-${phase.index}` : phase.kind;
  useEffect(() => {
    if (navigated.current) heading.current?.focus();
  }, [phaseKey]);

  const related = useRelatedServices(phase.kind === 'done', api, ente, module, lang);

  const go = (next: Phase, waited = false) => {
    // A step needs StepForm's chunk (the embed loads it after the first screen): wait for it
    // rather than show a step without its fields (failed, the step shows why).
    if (next.kind === 'step' && !waited && !stepFormLoaded()) {
      const again = () => go(next, true);
      void loadStepForm().then(again, again);
      return;
    }
    navigated.current = true;
    setErrors([]);
    setTried(false);
    setSubmitError('');
    setPhase(next);
  };

  const validateStep = (step: Step, current: Record<string, unknown>): AnswerError[] => {
    const ids = new Set(step.fields.map((f) => f.id));
    const data = cleanAnswers(pruneHidden(module, current));
    return validator(data, lang).filter((e) => ids.has(topField(e.path)) && e.code !== 'ineligible');
  };

  const onStepChange = (step: Step, own: Record<string, unknown>) => {
    const next = { ...answers };
    for (const f of step.fields) {
      if (f.id in own && own[f.id] !== undefined) next[f.id] = own[f.id];
      else if (visible.has(f.id)) delete next[f.id];
    }
    setAnswers(next);
    // After a failed "Avanti", errors follow the answers (fixed ones disappear).
    if (tried) setErrors(validateStep(step, next));
  };

  const next = (index: number) => {
    const step = steps[index]!;
    const exit = triggeredExit(module, cleanAnswers(answers));
    if (exit && (!exit.stepId || steps.findIndex((s) => s.id === exit.stepId) <= index))
      return go({ kind: 'exit', exit: exit.exit, from: index });
    const found = validateStep(step, answers);
    if (found.length) {
      setErrors(found);
      setTried(true);
      requestAnimationFrame(() => summaryBox.current?.focus());
      return;
    }
    go(index + 1 < steps.length ? { kind: 'step', index: index + 1 } : { kind: 'summary' });
  };

  const saveDraft = async (stepId?: string) => {
    if (!api) return;
    try {
      await api.putDraft(ente, module.id, {
        version: module.version,
        answers: cleanAnswers(answers),
        step: stepId,
      });
      setStatus(t.draftSaved);
    } catch {
      setStatus(t.draftFailed);
    }
  };

  const submit = async () => {
    if (!api) return;
    const data = cleanAnswers(pruneHidden(module, answers));
    const all = validator(data, lang);
    if (all.length) return showServerErrors(all);
    setSending(true);
    setSubmitError('');
    try {
      const pratica = await api.submit(
        ente,
        module.id,
        { version: module.version, answers: data, attachments: attachmentRefs(module, data) },
        idempotencyKey.current,
      );
      await api.deleteDraft(ente, module.id).catch(() => undefined);
      go({ kind: 'done', pratica });
    } catch (e) {
      const onFields = e instanceof ApiError && e.status < 500 ? serverFieldErrors(e.details) : [];
      if (onFields.length) showServerErrors(onFields);
      else
        setSubmitError(
          e instanceof ApiError ? (lang === 'en' && e.messageEn ? e.messageEn : e.message) : t.submitFailed,
        );
    } finally {
      setSending(false);
    }
  };

  /** Server (or final) errors back onto their fields: open the step of the first one. */
  const showServerErrors = (list: AnswerError[]) => {
    const first = steps.findIndex((s) => s.fields.some((f) => list.some((e) => topField(e.path) === f.id)));
    if (first < 0)
      return setSubmitError(
        list.map((e) => (lang === 'en' && e.messageEn ? e.messageEn : e.message)).join(' '),
      );
    const ids = new Set(steps[first]!.fields.map((f) => f.id));
    go({ kind: 'step', index: first });
    setErrors(list.filter((e) => ids.has(topField(e.path))));
    setTried(true);
    requestAnimationFrame(() => summaryBox.current?.focus());
  };

  const indicatorSteps = useMemo(
    () => [
      { id: 'privacy', title: t.privacyTitle },
      ...steps.map((s) => ({ id: s.id, title: text(s.title, lang) })),
      { id: 'summary', title: t.summaryTitle },
    ],
    [steps, lang, t],
  );
  const currentIndex = indicatorIndex(phase, steps.length);
  const goRef = useRef(go);
  goRef.current = go;
  const stepCount = steps.length;
  const toIndicator = useCallback((i: number) => goRef.current(phaseOfIndicator(i, stepCount)), [stepCount]);

  let body;
  if (phase.kind === 'resume' && props.draft) {
    const draft = props.draft;
    body = (
      <ResumeScreen
        ref={heading}
        draft={draft}
        lang={lang}
        onStartOver={() => {
          void api?.deleteDraft(ente, module.id).catch(() => undefined);
          go({ kind: 'privacy' });
        }}
        onResume={() => {
          const resumed = { ...draft.answers, ...filled.answers };
          setAnswers(resumed);
          setConsent(true);
          go({ kind: 'step', index: resumeStep(module, resumed, draft.step) });
        }}
      />
    );
  } else if (phase.kind === 'privacy') {
    body = (
      <PrivacyScreen
        ref={heading}
        module={module}
        lang={lang}
        idPrefix={idPrefix}
        consent={consent}
        showError={consentError}
        summaryRef={summaryBox}
        onConsent={setConsent}
        onSubmit={() => {
          if (!consent) {
            setConsentError(true);
            requestAnimationFrame(() => summaryBox.current?.focus());
            return;
          }
          go({ kind: 'step', index: 0 });
        }}
      />
    );
  } else if (phase.kind === 'step') {
    const step = steps[Math.min(phase.index, steps.length - 1)]!;
    const atomic = new Set(step.fields.filter((f) => ATOMIC_KINDS.has(f.kind)).map((f) => f.id));
    body = (
      <div className="modulo-step" data-step={step.id}>
        <h2 ref={heading} tabIndex={-1} className="modulo-step-title">
          {text(step.title, lang)}
        </h2>
        <ErrorSummary ref={summaryBox} errors={errors} lang={lang} idPrefix={idPrefix} />
        {step.description ? <p className="modulo-lead">{text(step.description, lang)}</p> : null}
        <StepForm
          key={step.id}
          module={module}
          compiled={compiled}
          step={step}
          answers={answers}
          visible={visible}
          readonlyIds={filled.readonlyIds}
          extraErrors={errors.length ? toErrorSchema(errors, lang, atomic) : undefined}
          context={{ lang, api, ente, moduleId: module.id }}
          idPrefix={idPrefix}
          onChange={(own) => onStepChange(step, own)}
          onSubmit={() => next(phase.index)}
        >
          <FeesBox quote={fees} lang={lang} />
          <StepNav
            lang={lang}
            onBack={() =>
              go(phase.index === 0 ? { kind: 'privacy' } : { kind: 'step', index: phase.index - 1 })
            }
            onSaveLater={api ? () => void saveDraft(step.id) : undefined}
          />
        </StepForm>
      </div>
    );
  } else if (phase.kind === 'summary') {
    body = (
      <>
        {submitError ? (
          <div className="alert alert-danger" role="alert">
            {submitError}
          </div>
        ) : null}
        <Summary
          ref={heading}
          module={module}
          steps={steps}
          answers={answers}
          visible={visible}
          fees={fees}
          lang={lang}
          sending={sending}
          onEdit={(id) =>
            go({
              kind: 'step',
              index: Math.max(
                0,
                steps.findIndex((s) => s.id === id),
              ),
            })
          }
          onBack={() => go({ kind: 'step', index: steps.length - 1 })}
          onSubmit={() => void submit()}
        />
      </>
    );
  } else if (phase.kind === 'exit') {
    body = (
      <ExitPage
        ref={heading}
        exit={phase.exit}
        lang={lang}
        onBack={() => go({ kind: 'step', index: phase.from })}
      />
    );
  } else if (phase.kind === 'done') {
    const email =
      typeof answers.email === 'string' ? answers.email : (props.identity?.email ?? phase.pratica.email);
    body = (
      <Confirmation
        ref={heading}
        pratica={phase.pratica}
        lang={lang}
        email={email}
        personalAreaHref={props.personalAreaHref}
        related={related}
        receiptHref={`${api ? api.url(phase.pratica.receiptUrl) : phase.pratica.receiptUrl}?download`}
        onRate={(r) =>
          api?.rate(phase.pratica.code, r).catch((e: unknown) => {
            // Rated already (another tab): the thanks are true all the same.
            if (!(e instanceof ApiError && e.code === 'already_rated')) throw e;
          })
        }
      />
    );
  }

  return (
    <div className="modulo-form" lang={lang}>
      <h1 className="modulo-title">{text(module.title, lang)}</h1>
      {phase.kind !== 'done' && phase.kind !== 'resume' ? (
        <StepIndicator steps={indicatorSteps} current={currentIndex} lang={lang} onSelect={toIndicator} />
      ) : null}
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
