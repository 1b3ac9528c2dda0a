/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-bundle-edit.h"
#include "briefing-bundle-private.h"
#include "briefing-document-private.h"

#define MAX_ID_LENGTH 64
/* Characters of context a new citation keeps on either side of its quote. */
#define CONTEXT_CHARS 32
/* Items named in a refusal; the rest are counted. */
#define MAX_NAMED 3

G_DEFINE_QUARK (briefing-edit-error-quark, briefing_edit_error)

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

/* "the event “Talks in Istanbul”": whole phrases, so that translators never assemble them. */
static char *
describe (GObject *item)
{
  g_autofree char *label = g_utf8_substring (briefing_document_item_get_label (item), 0, 60);

  if (g_utf8_strlen (briefing_document_item_get_label (item), -1) > 60)
    {
      g_autofree char *cut = g_steal_pointer (&label);

      label = g_strconcat (cut, "…", NULL);
    }

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

static gboolean
fail (GError    **error,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError    **error,
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

static gboolean
is_empty (const char *text)
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
  return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s refers to the party “%s”, which is not in the bundle"),
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
  return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s refers to the event “%s”, which is not in the bundle"),
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
    return fail (error, BRIEFING_EDIT_ERROR_INVALID,
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
        return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: the first %s names an item, the second is an article id */
                     _("%s cites the article “%s”, which is not in the bundle"), where,
                     briefing_citation_get_source (citation));
      if (is_empty (exact))
        return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: %s names an item */
                     _("%s cites no words: a source needs the words it quotes"), where);

      briefing_citation_get_position (citation, &hint, &hint_end);
      if (briefing_anchor_find (briefing_article_get_text (article), briefing_article_get_text_length (article),
                                exact, briefing_citation_get_prefix (citation),
                                briefing_citation_get_suffix (citation), hint, &start, &end) == BRIEFING_ANCHOR_NOT_FOUND)
        return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                     /* Translators: the first %s names an item, the second is quoted words, the third a headline */
                     _("%s quotes “%s”, but these words are not in the article “%s”"), where, exact,
                     briefing_article_get_headline (article));
      briefing_citation_set_anchor (citation, start, end);
    }

  return TRUE;
}

static gboolean
check_new_id (BriefingBundle *bundle,
              const char     *id,
              GError        **error)
{
  GObject *holder;

  if (id == NULL || !is_valid_id (id))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is an id */
                 _("“%s” is not a valid id (letters, digits, “.”, “_” and “-”, starting with a letter or digit, "
                   "at most 64)"), id != NULL ? id : "");

  if ((holder = briefing_bundle_lookup (bundle, id)) != NULL)
    {
      g_autofree char *what = describe (holder);

      /* Translators: the first %s is an id, the second names an item ("the party “Russia”") */
      return fail (error, BRIEFING_EDIT_ERROR_DUPLICATE_ID, _("The id “%s” is already taken by %s"), id, what);
    }

  return TRUE;
}

static gboolean
check_party (BriefingBundle *bundle,
             BriefingParty  *party,
             GError        **error)
{
  const char *color = briefing_party_get_color (party);

  if (is_empty (briefing_party_get_name (party)))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A party needs a name"));

  if (color != NULL)
    {
      gboolean ok = strlen (color) == 7 && color[0] == '#';

      for (guint i = 1; ok && i < 7; i++)
        ok = g_ascii_isxdigit (color[i]);
      if (!ok)
        return fail (error, BRIEFING_EDIT_ERROR_INVALID,
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

  if (is_empty (briefing_outcome_get_text (outcome)))
    /* Translators: %s names an outcome ("outcome 2 of the event “…”") */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs a text"), where);

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

  if (is_empty (briefing_event_get_title (event)))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An event needs a title"));
  where = describe (G_OBJECT (event));
  if (!briefing_date_is_set (start))
    /* Translators: %s names an event ("the event “…”") */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs a start date"), where);
  if (end != NULL && briefing_date_compare (end, start) < 0)
    /* Translators: %s names an event */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s ends before it starts"), where);
  if (briefing_event_has_explicit_precision (event) && briefing_event_get_precision (event) > start->precision)
    /* Translators: %s names an event */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s claims a precision finer than its start date gives"),
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
    return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is a party id */
                 _("A response needs a party of the bundle, not “%s”"), party != NULL ? party : "");
  if (g_strcmp0 (party, briefing_demand_get_party (demand)) == 0)
    return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: %s is a party's name */
                 _("%s cannot answer its own demand"), briefing_party_get_name (answering));

  /* Translators: names a response in an error message: the answering party, and the demand */
  where = g_strdup_printf (_("the response of %s to “%s”"), briefing_party_get_name (answering),
                           briefing_demand_get_text (demand));
  if (briefing_response_get_event (response) == NULL)
    /* Translators: %s names a response */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the event where it was given"), where);
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

  if (is_empty (briefing_demand_get_text (demand)))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A demand needs a text"));
  where = describe (G_OBJECT (demand));
  if (briefing_demand_get_party (demand) == NULL ||
      briefing_bundle_lookup_party (bundle, briefing_demand_get_party (demand)) == NULL)
    /* Translators: %s names a demand */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the party that makes it"), where);
  if (!is_category (briefing_demand_get_category (demand)))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID,
                 /* Translators: the first %s is a category as written, the second names a demand */
                 _("“%s” is not a category of %s: use one lower-case word such as ceasefire or territory"),
                 briefing_demand_get_category (demand) != NULL ? briefing_demand_get_category (demand) : "", where);
  if (briefing_demand_get_first_stated (demand) == NULL)
    /* Translators: %s names a demand */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("%s needs the event where it was first stated"), where);
  if (!check_event_ref (bundle, briefing_demand_get_first_stated (demand), where, error) ||
      !check_event_ref (bundle, briefing_demand_get_withdrawn (demand), where, error))
    return FALSE;
  list = briefing_demand_get_reiterated (demand);
  for (guint i = 0; i < list->len; i++)
    if (!check_event_ref (bundle, list->pdata[i], where, error))
      return FALSE;
  if (briefing_demand_get_credibility (demand) > 6)
    /* Translators: %s names a demand */
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("The credibility of %s must be 1 to 6"), where);

  if (!check_citations (bundle, briefing_demand_get_citations (demand), 1, where, error))
    return FALSE;

  list = briefing_demand_get_responses (demand);
  for (guint i = 0; i < list->len; i++)
    if (!check_response (bundle, demand, list->pdata[i], error))
      return FALSE;

  return TRUE;
}

static gboolean
check_item (BriefingBundle *bundle,
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
      if (is_empty (briefing_article_get_headline (BRIEFING_ARTICLE (item))))
        return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs a headline"));
      if (is_empty (briefing_article_get_publisher (BRIEFING_ARTICLE (item))))
        return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs a publisher"));
      if (!briefing_date_is_set (briefing_article_get_published (BRIEFING_ARTICLE (item))))
        return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("An article needs the date it was published"));
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

/* Changes */

static gboolean
holds (BriefingBundle *bundle,
       GObject        *item,
       GError        **error)
{
  g_autofree char *what = NULL;

  if (briefing_bundle_find_item (bundle, item, NULL))
    return TRUE;

  what = describe (item);
  /* Translators: %s names an item ("the event “…”") */
  return fail (error, BRIEFING_EDIT_ERROR_NOT_FOUND, _("%s is not in this bundle (any more)"), what);
}

static gboolean
add_item (BriefingDocument *self,
          GObject          *item,
          const char       *label,
          GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);
  guint position;

  if (!check_new_id (bundle, briefing_bundle_item_get_id (item), error) || !check_item (bundle, item, error))
    return FALSE;

  position = g_list_model_get_n_items (G_LIST_MODEL (briefing_bundle_get_store_for (bundle, item)));
  briefing_document_begin_group (self, label);
  briefing_document_apply (self, NULL, item, position);
  briefing_document_end_group (self);

  return TRUE;
}

static gboolean
change_item (BriefingDocument *self,
             GObject          *item,
             GObject          *changed,
             const char       *label,
             GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);

  g_return_val_if_fail (G_OBJECT_TYPE (item) == G_OBJECT_TYPE (changed), FALSE);
  g_return_val_if_fail (g_strcmp0 (briefing_bundle_item_get_id (item), briefing_bundle_item_get_id (changed)) == 0,
                        FALSE);

  if (!holds (bundle, item, error) || !check_item (bundle, changed, error))
    return FALSE;
  if (item == changed)
    return TRUE;

  briefing_document_begin_group (self, label);
  briefing_document_apply (self, item, changed, 0);
  briefing_document_end_group (self);

  return TRUE;
}

static gboolean
remove_item (BriefingDocument *self,
             GObject          *item,
             const char       *label,
             GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);
  g_autoptr(GPtrArray) referrers = NULL;

  if (!holds (bundle, item, error))
    return FALSE;

  referrers = briefing_document_dup_referrers (self, item);
  if (referrers->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *what = describe (item);

      for (guint i = 0; i < MIN (referrers->len, MAX_NAMED); i++)
        {
          g_autofree char *name = describe (referrers->pdata[i]);

          if (i > 0)
            /* Translators: separates the items in a list of items ("the event “A”, the demand “B”") */
            g_string_append (names, _(", "));
          g_string_append (names, name);
        }
      if (referrers->len > MAX_NAMED)
        {
          guint more = referrers->len - MAX_NAMED;

          g_string_append_printf (names,
                                  /* Translators: ends a list of items that refer to the one being removed */
                                  g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", more), more);
        }

      return fail (error, BRIEFING_EDIT_ERROR_IN_USE,
                   /* Translators: the first %s names the item ("the party “Russia”"), the second lists
                    * the items that refer to it; the user has to change or remove those first */
                   _("%s cannot be removed while %s refer to it. Change or remove those first."), what,
                   names->str);
    }

  briefing_document_begin_group (self, label);
  briefing_document_apply (self, item, NULL, 0);
  briefing_document_end_group (self);

  return TRUE;
}

gboolean
briefing_document_set_title (BriefingDocument  *self,
                             const char        *title,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);

  if (is_empty (title))
    return fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A bundle needs a title"));
  if (g_strcmp0 (title, briefing_bundle_get_title (briefing_document_get_bundle (self))) == 0)
    return TRUE;

  briefing_document_begin_group (self, _("Rename Bundle"));
  briefing_document_apply_title (self, title);
  briefing_document_end_group (self);
  return TRUE;
}

gboolean
briefing_document_add_party (BriefingDocument  *self,
                             BriefingParty     *party,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party), FALSE);

  return add_item (self, G_OBJECT (party), _("Add Party"), error);
}

gboolean
briefing_document_change_party (BriefingDocument  *self,
                                BriefingParty     *party,
                                BriefingParty     *changed,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party) && BRIEFING_IS_PARTY (changed), FALSE);

  return change_item (self, G_OBJECT (party), G_OBJECT (changed), _("Edit Party"), error);
}

gboolean
briefing_document_remove_party (BriefingDocument  *self,
                                BriefingParty     *party,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party), FALSE);

  return remove_item (self, G_OBJECT (party), _("Delete Party"), error);
}

gboolean
briefing_document_add_article (BriefingDocument  *self,
                               BriefingArticle   *article,
                               GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), FALSE);

  return add_item (self, G_OBJECT (article), _("Add Article"), error);
}

gboolean
briefing_document_remove_article (BriefingDocument  *self,
                                  BriefingArticle   *article,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), FALSE);

  return remove_item (self, G_OBJECT (article), _("Delete Article"), error);
}

gboolean
briefing_document_add_event (BriefingDocument  *self,
                             BriefingEvent     *event,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  return add_item (self, G_OBJECT (event), _("Add Event"), error);
}

gboolean
briefing_document_change_event (BriefingDocument  *self,
                                BriefingEvent     *event,
                                BriefingEvent     *changed,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_EVENT (changed), FALSE);

  return change_item (self, G_OBJECT (event), G_OBJECT (changed), _("Edit Event"), error);
}

gboolean
briefing_document_remove_event (BriefingDocument  *self,
                                BriefingEvent     *event,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  return remove_item (self, G_OBJECT (event), _("Delete Event"), error);
}

/* Replaces @event by a copy whose outcome @index is @outcome (NULL removes it; @index equal to the
 * number of outcomes adds it). */
static gboolean
edit_outcomes (BriefingDocument *self,
               BriefingEvent    *event,
               guint             index,
               BriefingOutcome  *outcome,
               const char       *label,
               GError          **error)
{
  g_autoptr(BriefingEvent) copy = NULL;
  GPtrArray *outcomes;

  if (!holds (briefing_document_get_bundle (self), G_OBJECT (event), error))
    return FALSE;

  copy = briefing_event_copy (event, NULL);
  outcomes = briefing_event_get_outcomes (copy);
  g_return_val_if_fail (index <= outcomes->len, FALSE);
  if (index == outcomes->len)
    briefing_event_add_outcome (copy, outcome);
  else if (outcome != NULL)
    {
      g_object_unref (outcomes->pdata[index]);
      outcomes->pdata[index] = g_object_ref (outcome);
    }
  else
    g_ptr_array_remove_index (outcomes, index);

  return change_item (self, G_OBJECT (event), G_OBJECT (copy), label, error);
}

gboolean
briefing_document_add_outcome (BriefingDocument  *self,
                               BriefingEvent     *event,
                               BriefingOutcome   *outcome,
                               GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_OUTCOME (outcome), FALSE);

  return edit_outcomes (self, event, briefing_event_get_outcomes (event)->len, outcome, _("Add Outcome"), error);
}

gboolean
briefing_document_change_outcome (BriefingDocument  *self,
                                  BriefingEvent     *event,
                                  guint              index,
                                  BriefingOutcome   *changed,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_OUTCOME (changed), FALSE);
  g_return_val_if_fail (index < briefing_event_get_outcomes (event)->len, FALSE);

  return edit_outcomes (self, event, index, changed, _("Edit Outcome"), error);
}

gboolean
briefing_document_remove_outcome (BriefingDocument  *self,
                                  BriefingEvent     *event,
                                  guint              index,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (index < briefing_event_get_outcomes (event)->len, FALSE);

  return edit_outcomes (self, event, index, NULL, _("Delete Outcome"), error);
}

gboolean
briefing_document_add_demand (BriefingDocument  *self,
                              BriefingDemand    *demand,
                              GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);

  return add_item (self, G_OBJECT (demand), _("Add Demand"), error);
}

gboolean
briefing_document_change_demand (BriefingDocument  *self,
                                 BriefingDemand    *demand,
                                 BriefingDemand    *changed,
                                 GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_DEMAND (changed), FALSE);

  return change_item (self, G_OBJECT (demand), G_OBJECT (changed), _("Edit Demand"), error);
}

gboolean
briefing_document_remove_demand (BriefingDocument  *self,
                                 BriefingDemand    *demand,
                                 GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);

  return remove_item (self, G_OBJECT (demand), _("Delete Demand"), error);
}

static gboolean
edit_responses (BriefingDocument *self,
                BriefingDemand   *demand,
                guint             index,
                BriefingResponse *response,
                const char       *label,
                GError          **error)
{
  g_autoptr(BriefingDemand) copy = NULL;
  GPtrArray *responses;

  if (!holds (briefing_document_get_bundle (self), G_OBJECT (demand), error))
    return FALSE;

  copy = briefing_demand_copy (demand, NULL);
  responses = briefing_demand_get_responses (copy);
  g_return_val_if_fail (index <= responses->len, FALSE);
  if (index == responses->len)
    briefing_demand_add_response (copy, response);
  else if (response != NULL)
    {
      g_object_unref (responses->pdata[index]);
      responses->pdata[index] = g_object_ref (response);
    }
  else
    g_ptr_array_remove_index (responses, index);

  return change_item (self, G_OBJECT (demand), G_OBJECT (copy), label, error);
}

gboolean
briefing_document_add_response (BriefingDocument  *self,
                                BriefingDemand    *demand,
                                BriefingResponse  *response,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_RESPONSE (response), FALSE);

  return edit_responses (self, demand, briefing_demand_get_responses (demand)->len, response, _("Add Response"),
                         error);
}

gboolean
briefing_document_change_response (BriefingDocument  *self,
                                   BriefingDemand    *demand,
                                   guint              index,
                                   BriefingResponse  *changed,
                                   GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_RESPONSE (changed), FALSE);
  g_return_val_if_fail (index < briefing_demand_get_responses (demand)->len, FALSE);

  return edit_responses (self, demand, index, changed, _("Edit Response"), error);
}

gboolean
briefing_document_remove_response (BriefingDocument  *self,
                                   BriefingDemand    *demand,
                                   guint              index,
                                   GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);
  g_return_val_if_fail (index < briefing_demand_get_responses (demand)->len, FALSE);

  return edit_responses (self, demand, index, NULL, _("Delete Response"), error);
}

BriefingCitation *
briefing_citation_new_for_range (BriefingArticle *article,
                                 gsize            start,
                                 gsize            end)
{
  const char *text;
  gsize length;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *p;
  BriefingCitation *citation;
  gint64 char_start, char_end;

  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), NULL);

  text = briefing_article_get_text (article);
  length = briefing_article_get_text_length (article);
  g_return_val_if_fail (start < end && end <= length, NULL);

  exact = g_strndup (text + start, end - start);
  p = text + start;
  for (guint i = 0; i < CONTEXT_CHARS && p > text; i++)
    p = g_utf8_prev_char (p);
  prefix = g_strndup (p, text + start - p);
  p = text + end;
  for (guint i = 0; i < CONTEXT_CHARS && p < text + length; i++)
    p = g_utf8_next_char (p);
  suffix = g_strndup (text + end, p - (text + end));

  citation = briefing_citation_new (briefing_article_get_id (article), exact);
  if (prefix[0] != '\0')
    briefing_citation_set_prefix (citation, prefix);
  if (suffix[0] != '\0')
    briefing_citation_set_suffix (citation, suffix);
  char_start = briefing_anchor_byte_to_char (text, start);
  char_end = briefing_anchor_byte_to_char (text, end);
  briefing_citation_set_position (citation, char_start, char_end);
  briefing_citation_set_anchor (citation, start, end);

  return citation;
}
