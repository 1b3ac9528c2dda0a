/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-bundle-check-private.h"
#include "briefing-bundle-private.h"

#define MAX_ID_LENGTH 64

/* Names and labels */

const char *
briefing_document_item_get_label (GObject *item)
{
  if (BRIEFING_IS_PARTY (item))
    return briefing_party_get_name (BRIEFING_PARTY (item));
  if (BRIEFING_IS_EVENT (item))
    return briefing_event_get_title (BRIEFING_EVENT (item));
  if (BRIEFING_IS_DEMAND (item))
    return briefing_demand_get_text (BRIEFING_DEMAND (item));
  if (BRIEFING_IS_ARTICLE (item))
    return briefing_article_get_headline (BRIEFING_ARTICLE (item));
  return "";
}

/* "the event “Talks in Istanbul”": whole phrases, so that translators never assemble them. A
 * label longer than 60 characters is cut there. */
char *
briefing_edit_describe (GObject *item)
{
  const char *full = briefing_document_item_get_label (item);
  g_autofree char *label = NULL;

  /* g_utf8_substring() reads past the end of a string shorter than the end asked for. */
  if (g_utf8_strlen (full, -1) > 60)
    {
      g_autofree char *cut = g_utf8_substring (full, 0, 60);

      label = g_strconcat (cut, "…", NULL);
    }
  else
    label = g_strdup (full);

  /* Translators: the following name an item of a bundle in an error message; %s is its name */
  if (BRIEFING_IS_PARTY (item))
    return g_strdup_printf (_("the party “%s”"), label);
  if (BRIEFING_IS_EVENT (item))
    return g_strdup_printf (_("the event “%s”"), label);
  if (BRIEFING_IS_DEMAND (item))
    return g_strdup_printf (_("the demand “%s”"), label);
  return g_strdup_printf (_("the article “%s”"), label);
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

char *
briefing_document_dup_free_id (BriefingDocument *self,
                               const char       *prefix,
                               const char       *text)
{
  BriefingBundle *bundle;
  g_autofree char *ascii = NULL;
  g_autoptr(GString) base = g_string_new (prefix);

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);

  bundle = briefing_document_get_bundle (self);
  ascii = text != NULL ? g_str_to_ascii (text, "C") : g_strdup ("");
  for (const char *p = ascii; *p != '\0' && base->len < MAX_ID_LENGTH - 8; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0 || !g_ascii_isalnum (base->str[0]))
    g_string_prepend (base, "item");

  if (briefing_bundle_lookup (bundle, base->str) == NULL && text != NULL && text[0] != '\0')
    return g_strdup (base->str);

  for (guint n = 2;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base->str, n);

      if (briefing_bundle_lookup (bundle, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* Checks */

gboolean
briefing_edit_fail (GError    **error,
      int         code,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (BRIEFING_EDIT_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

gboolean
briefing_edit_is_empty (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
check_party_ref (BriefingBundle *bundle,
                 const char     *id,
                 const char     *where,
                 GError        **error)
{
  if (id == NULL || briefing_bundle_lookup_party (bundle, id) != NULL)
    return TRUE;
  /* Translators: the first %s names an item ("the event “…”"), the second is a party id */
  return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s refers to the party “%s”, which is not in the bundle"),
               where, id);
}

static gboolean
check_event_ref (BriefingBundle *bundle,
                 const char     *id,
                 const char     *where,
                 GError        **error)
{
  if (id == NULL || briefing_bundle_lookup_event (bundle, id) != NULL)
    return TRUE;
  /* Translators: the first %s names an item ("the demand “…”"), the second is an event id */
  return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s refers to the event “%s”, which is not in the bundle"),
               where, id);
}

/* The citation's article must be in the bundle and hold its words; its anchor is set. */
static gboolean
check_citations (BriefingBundle *bundle,
                 GPtrArray      *citations,
                 guint           min_items,
                 const char     *where,
                 GError        **error)
{
  if (citations->len < min_items)
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s names an item ("the demand “…”", "outcome 2 of the event “…”") */
                 _("%s needs a source: select its words in an article and attach them"), where);

  for (guint i = 0; i < citations->len; i++)
    {
      BriefingCitation *citation = citations->pdata[i];
      BriefingArticle *article = briefing_bundle_lookup_article (bundle, briefing_citation_get_source (citation));
      const char *exact = briefing_citation_get_exact (citation);
      gint64 hint = -1, hint_end;
      gsize start, end;

      if (article == NULL)
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: the first %s names an item, the second is an article id */
                     _("%s cites the article “%s”, which is not in the bundle"), where,
                     briefing_citation_get_source (citation));
      if (briefing_edit_is_empty (exact))
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: %s names an item */
                     _("%s cites no words: a source needs the words it quotes"), where);

      briefing_citation_get_position (citation, &hint, &hint_end);
      if (briefing_anchor_find (briefing_article_get_text (article), briefing_article_get_text_length (article),
                                exact, briefing_citation_get_prefix (citation),
                                briefing_citation_get_suffix (citation), hint, &start, &end) == BRIEFING_ANCHOR_NOT_FOUND)
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: the first %s names an item, the second is quoted words, the third a headline */
                     _("%s quotes “%s”, but these words are not in the article “%s”"), where, exact,
                     briefing_article_get_headline (article));
      briefing_citation_set_anchor (citation, start, end);
    }

  return TRUE;
}

gboolean
briefing_edit_check_new_id (BriefingBundle *bundle,
              const char     *id,
              GError        **error)
{
  GObject *holder;

  if (id == NULL || !is_valid_id (id))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is an id */
                 _("“%s” is not a valid id (letters, digits, “.”, “_” and “-”, starting with a letter or digit, "
                   "at most 64)"), id != NULL ? id : "");

  if ((holder = briefing_bundle_lookup (bundle, id)) != NULL)
    {
      g_autofree char *what = briefing_edit_describe (holder);

      /* Translators: the first %s is an id, the second names an item ("the party “Russia”") */
      return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_DUPLICATE_ID, _("The id “%s” is already taken by %s"), id, what);
    }

  return TRUE;
}

static gboolean
check_party (BriefingBundle *bundle,
             BriefingParty  *party,
             GError        **error)
{
  const char *color = briefing_party_get_color (party);

  if (briefing_edit_is_empty (briefing_party_get_name (party)))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A party needs a name"));

  if (color != NULL)
    {
      gboolean ok = strlen (color) == 7 && color[0] == '#';

      for (guint i = 1; ok && i < 7; i++)
        ok = g_ascii_isxdigit (color[i]);
      if (!ok)
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: the first %s is a colour as written, the second a party's name */
                     _("“%s” is not a colour of the form #rrggbb (party “%s”)"), color,
                     briefing_party_get_name (party));
    }

  return TRUE;
}

static gboolean
check_outcome (BriefingBundle  *bundle,
               BriefingEvent   *event,
               guint            index,
               BriefingOutcome *outcome,
               GError         **error)
{
  /* Translators: names an outcome in an error message: its number in the event, and the event's title */
  g_autofree char *where = g_strdup_printf (_("outcome %u of the event “%s”"), index + 1,
                                            briefing_event_get_title (event));

  if (briefing_edit_is_empty (briefing_outcome_get_text (outcome)))
    /* Translators: %s names an outcome ("outcome 2 of the event “…”") */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs a text"), where);

  return check_citations (bundle, briefing_outcome_get_citations (outcome), 1, where, error);
}

static gboolean
check_event (BriefingBundle *bundle,
             BriefingEvent  *event,
             GError        **error)
{
  g_autofree char *where = NULL;
  const BriefingDate *start = briefing_event_get_start (event);
  const BriefingDate *end = briefing_event_get_end (event);
  GPtrArray *list;

  if (briefing_edit_is_empty (briefing_event_get_title (event)))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An event needs a title"));
  where = briefing_edit_describe (G_OBJECT (event));
  if (!briefing_date_is_set (start))
    /* Translators: %s names an event ("the event “…”") */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs a start date"), where);
  if (end != NULL && briefing_date_compare (end, start) < 0)
    /* Translators: %s names an event */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s ends before it starts"), where);
  if (briefing_event_has_explicit_precision (event) && briefing_event_get_precision (event) > start->precision)
    /* Translators: %s names an event */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s claims a precision finer than its start date gives"),
                 where);

  list = briefing_event_get_participants (event);
  for (guint i = 0; i < list->len; i++)
    if (!check_party_ref (bundle, list->pdata[i], where, error))
      return FALSE;
  list = briefing_event_get_mediators (event);
  for (guint i = 0; i < list->len; i++)
    if (!check_party_ref (bundle, list->pdata[i], where, error))
      return FALSE;
  if (!check_party_ref (bundle, briefing_event_get_host (event), where, error))
    return FALSE;
  list = briefing_event_get_delegation_heads (event);
  for (guint i = 0; i < list->len; i++)
    if (!check_party_ref (bundle, ((BriefingPerson *) list->pdata[i])->party, where, error))
      return FALSE;

  list = briefing_event_get_outcomes (event);
  for (guint i = 0; i < list->len; i++)
    if (!check_outcome (bundle, event, i, list->pdata[i], error))
      return FALSE;

  return check_citations (bundle, briefing_event_get_citations (event), 0, where, error);
}

static gboolean
is_category (const char *category)
{
  if (category == NULL || !g_ascii_islower (category[0]))
    return FALSE;
  for (const char *p = category + 1; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
check_response (BriefingBundle   *bundle,
                BriefingDemand   *demand,
                BriefingResponse *response,
                GError          **error)
{
  const char *party = briefing_response_get_party (response);
  BriefingParty *answering = briefing_bundle_lookup_party (bundle, party);
  g_autofree char *where = NULL;

  if (answering == NULL)
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is a party id */
                 _("A response needs a party of the bundle, not “%s”"), party != NULL ? party : "");
  if (g_strcmp0 (party, briefing_demand_get_party (demand)) == 0)
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is a party's name */
                 _("%s cannot answer its own demand"), briefing_party_get_name (answering));

  /* Translators: names a response in an error message: the answering party, and the demand */
  where = g_strdup_printf (_("the response of %s to “%s”"), briefing_party_get_name (answering),
                           briefing_demand_get_text (demand));
  if (briefing_response_get_event (response) == NULL)
    /* Translators: %s names a response */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the event where it was given"), where);
  if (!check_event_ref (bundle, briefing_response_get_event (response), where, error))
    return FALSE;

  return check_citations (bundle, briefing_response_get_citations (response),
                          briefing_response_get_stance (response) == BRIEFING_STANCE_UNKNOWN ? 0 : 1, where, error);
}

static gboolean
check_demand (BriefingBundle *bundle,
              BriefingDemand *demand,
              GError        **error)
{
  g_autofree char *where = NULL;
  GPtrArray *list;

  if (briefing_edit_is_empty (briefing_demand_get_text (demand)))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A demand needs a text"));
  where = briefing_edit_describe (G_OBJECT (demand));
  if (briefing_demand_get_party (demand) == NULL ||
      briefing_bundle_lookup_party (bundle, briefing_demand_get_party (demand)) == NULL)
    /* Translators: %s names a demand */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the party that makes it"), where);
  if (!is_category (briefing_demand_get_category (demand)))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: the first %s is a category as written, the second names a demand */
                 _("“%s” is not a category of %s: use one lower-case word such as ceasefire or territory"),
                 briefing_demand_get_category (demand) != NULL ? briefing_demand_get_category (demand) : "", where);
  if (briefing_demand_get_first_stated (demand) == NULL)
    /* Translators: %s names a demand */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the event where it was first stated"), where);
  if (!check_event_ref (bundle, briefing_demand_get_first_stated (demand), where, error) ||
      !check_event_ref (bundle, briefing_demand_get_withdrawn (demand), where, error))
    return FALSE;
  list = briefing_demand_get_reiterated (demand);
  for (guint i = 0; i < list->len; i++)
    if (!check_event_ref (bundle, list->pdata[i], where, error))
      return FALSE;
  if (briefing_demand_get_credibility (demand) > 6)
    /* Translators: %s names a demand */
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("The credibility of %s must be 1 to 6"), where);

  if (!check_citations (bundle, briefing_demand_get_citations (demand), 1, where, error))
    return FALSE;

  list = briefing_demand_get_responses (demand);
  for (guint i = 0; i < list->len; i++)
    if (!check_response (bundle, demand, list->pdata[i], error))
      return FALSE;

  return TRUE;
}

gboolean
briefing_edit_check_item (BriefingBundle *bundle,
            GObject        *item,
            GError        **error)
{
  if (BRIEFING_IS_PARTY (item))
    return check_party (bundle, BRIEFING_PARTY (item), error);
  if (BRIEFING_IS_EVENT (item))
    return check_event (bundle, BRIEFING_EVENT (item), error);
  if (BRIEFING_IS_DEMAND (item))
    return check_demand (bundle, BRIEFING_DEMAND (item), error);
  if (BRIEFING_IS_ARTICLE (item))
    {
      if (briefing_edit_is_empty (briefing_article_get_headline (BRIEFING_ARTICLE (item))))
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs a headline"));
      if (briefing_edit_is_empty (briefing_article_get_publisher (BRIEFING_ARTICLE (item))))
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs a publisher"));
      if (!briefing_date_is_set (briefing_article_get_published (BRIEFING_ARTICLE (item))))
        return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs the date it was published"));
      return TRUE;
    }
  g_return_val_if_reached (FALSE);
}

/* References */

static gboolean
cites (GPtrArray  *citations,
       const char *article_id)
{
  for (guint i = 0; i < citations->len; i++)
    if (g_strcmp0 (briefing_citation_get_source (citations->pdata[i]), article_id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
dispute_cites (BriefingDispute *dispute,
               const char      *article_id)
{
  return dispute != NULL && cites (briefing_dispute_get_citations (dispute), article_id);
}

static gboolean
str_array_has (GPtrArray  *array,
               const char *id)
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (array->pdata[i], id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
event_refers (BriefingEvent *event,
              GObject       *item,
              const char    *id)
{
  if (BRIEFING_IS_PARTY (item))
    {
      GPtrArray *heads = briefing_event_get_delegation_heads (event);

      if (briefing_event_involves (event, id) || g_strcmp0 (briefing_event_get_host (event), id) == 0 ||
          str_array_has (briefing_event_get_participants (event), id) ||
          str_array_has (briefing_event_get_mediators (event), id))
        return TRUE;
      for (guint i = 0; i < heads->len; i++)
        if (g_strcmp0 (((BriefingPerson *) heads->pdata[i])->party, id) == 0)
          return TRUE;
      return FALSE;
    }

  if (BRIEFING_IS_ARTICLE (item))
    {
      GPtrArray *outcomes = briefing_event_get_outcomes (event);

      if (cites (briefing_event_get_citations (event), id) || dispute_cites (briefing_event_get_disputed (event), id))
        return TRUE;
      for (guint i = 0; i < outcomes->len; i++)
        if (cites (briefing_outcome_get_citations (outcomes->pdata[i]), id) ||
            dispute_cites (briefing_outcome_get_disputed (outcomes->pdata[i]), id))
          return TRUE;
    }

  return FALSE;
}

static gboolean
demand_refers (BriefingDemand *demand,
               GObject        *item,
               const char     *id)
{
  GPtrArray *responses = briefing_demand_get_responses (demand);

  if (BRIEFING_IS_PARTY (item) && g_strcmp0 (briefing_demand_get_party (demand), id) == 0)
    return TRUE;
  if (BRIEFING_IS_EVENT (item) &&
      (g_strcmp0 (briefing_demand_get_first_stated (demand), id) == 0 ||
       g_strcmp0 (briefing_demand_get_withdrawn (demand), id) == 0 ||
       str_array_has (briefing_demand_get_reiterated (demand), id)))
    return TRUE;
  if (BRIEFING_IS_ARTICLE (item) &&
      (cites (briefing_demand_get_citations (demand), id) || dispute_cites (briefing_demand_get_disputed (demand), id)))
    return TRUE;

  for (guint i = 0; i < responses->len; i++)
    {
      BriefingResponse *response = responses->pdata[i];

      if ((BRIEFING_IS_PARTY (item) && g_strcmp0 (briefing_response_get_party (response), id) == 0) ||
          (BRIEFING_IS_EVENT (item) && g_strcmp0 (briefing_response_get_event (response), id) == 0) ||
          (BRIEFING_IS_ARTICLE (item) && (cites (briefing_response_get_citations (response), id) ||
                                          dispute_cites (briefing_response_get_disputed (response), id))))
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
briefing_document_dup_referrers (BriefingDocument *self,
                                 GObject          *item)
{
  BriefingBundle *bundle;
  GPtrArray *referrers;
  GListModel *events, *demands;
  const char *id;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  bundle = briefing_document_get_bundle (self);
  referrers = g_ptr_array_new_with_free_func (g_object_unref);
  id = briefing_bundle_item_get_id (item);
  events = briefing_bundle_get_events (bundle);
  demands = briefing_bundle_get_demands (bundle);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (G_OBJECT (event) != item && event_refers (event, item, id))
        g_ptr_array_add (referrers, g_steal_pointer (&event));
    }
  for (guint i = 0; i < g_list_model_get_n_items (demands); i++)
    {
      g_autoptr(BriefingDemand) demand = g_list_model_get_item (demands, i);

      if (demand_refers (demand, item, id))
        g_ptr_array_add (referrers, g_steal_pointer (&demand));
    }

  return referrers;
}
