/**
 * The respondent's answer form as state and actions: the handout is loaded with the token read
 * from the URL fragment, the answers being typed stay in a draft until saved or submitted. Kept
 * apart from RespondentPage.vue so the page holds only its markup.
 */
import { computed, onMounted, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  callRespondentApi,
  type RespondentAnswers,
  RespondentApiError,
  type RespondentView,
} from './respondent-api'

/**
 * State and actions of the respondent's page: the loaded handout (`view`), the draft answers, the
 * suggestion being typed, error and notice texts, and `save`, `submit`, `addSuggestion`. Reads
 * the personal link's token on mount; call it from a component's setup.
 */
export function useRespondentForm() {
  const { t, te, locale } = useI18n()
  const token = ref<string | null>(null)
  const view = ref<RespondentView | null>(null)
  const error = ref<string | null>(null)
  const notice = ref<string | null>(null)
  const busy = ref(false)
  const draft = reactive<{
    ratings: Record<string, { answer: string | null; note: string }>
    comment: string
    suggestions: { text: string; driverIds: string[] }[]
  }>({ ratings: {}, comment: '', suggestions: [] })
  const suggestion = reactive({ text: '', driverId: '' })
  const submitted = computed(() => Boolean(view.value?.submittedAt))

  function explain(failure: unknown): string {
    const code = failure instanceof RespondentApiError ? failure.code : 'other'
    return te(`respondent.errors.${code}`)
      ? t(`respondent.errors.${code}`)
      : t('respondent.errors.other')
  }

  function answers(): RespondentAnswers {
    return {
      ratings: Object.entries(draft.ratings)
        .filter(([, rating]) => rating.answer || rating.note.trim())
        .map(([driverId, rating]) => ({
          driverId,
          answer: rating.answer,
          note: rating.note.trim() || null,
        })),
      comment: draft.comment.trim() || null,
      suggestedDataItems: draft.suggestions.map((item) => ({
        text: item.text,
        effect: '?',
        driverIds: item.driverIds,
      })),
    }
  }

  async function load() {
    if (!token.value) return
    try {
      const loaded = await callRespondentApi<RespondentView>(token.value, 'handout', locale.value)
      view.value = loaded
      for (const driver of loaded.handout.drivers) {
        const saved = loaded.answers.ratings.find((rating) => rating.driverId === driver.id)
        draft.ratings[driver.id] = { answer: saved?.answer ?? null, note: saved?.note ?? '' }
      }
      draft.comment = loaded.answers.comment ?? ''
      draft.suggestions = loaded.answers.suggestedDataItems.map((item) => ({
        text: item.text,
        driverIds: item.driverIds,
      }))
    } catch (failure) {
      error.value = explain(failure)
    }
  }

  // A language switch fetches the handout's method texts again in the new language; the answers
  // being typed stay as they are.
  watch(locale, async () => {
    if (!token.value || !view.value) return
    try {
      const loaded = await callRespondentApi<RespondentView>(token.value, 'handout', locale.value)
      if (view.value) view.value = { ...view.value, handout: loaded.handout }
    } catch (failure) {
      error.value = explain(failure)
    }
  })

  async function save() {
    if (!token.value) return
    busy.value = true
    error.value = null
    try {
      await callRespondentApi(token.value, 'answers', locale.value, answers())
      notice.value = t('respondent.saved')
    } catch (failure) {
      error.value = explain(failure)
    } finally {
      busy.value = false
    }
  }

  async function submit() {
    if (!token.value || !window.confirm(t('respondent.confirmSubmit'))) return
    busy.value = true
    error.value = null
    try {
      await callRespondentApi(token.value, 'submit', locale.value, answers())
      notice.value = t('respondent.submitted')
      if (view.value) view.value = { ...view.value, submittedAt: new Date().toISOString() }
    } catch (failure) {
      error.value = explain(failure)
    } finally {
      busy.value = false
    }
  }

  function addSuggestion() {
    if (!suggestion.text.trim()) return
    draft.suggestions.push({
      text: suggestion.text.trim(),
      driverIds: suggestion.driverId ? [suggestion.driverId] : [],
    })
    Object.assign(suggestion, { text: '', driverId: '' })
  }

  onMounted(() => {
    const fromHash = window.location.hash.replace(/^#/, '').trim()
    if (fromHash) {
      token.value = fromHash
      // Keep the token out of the history and of anything that reads the address bar later.
      window.history.replaceState(null, '', window.location.pathname)
    }
    if (!token.value) error.value = t('respondent.noToken')
    void load()
  })

  return { view, error, notice, busy, draft, suggestion, submitted, save, submit, addSuggestion }
}
