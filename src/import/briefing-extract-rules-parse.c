/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading gazetteer and rules documents into BriefingExtractRules. */
#define G_LOG_DOMAIN "briefing-extract-rules-parse"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-enum-types.h"
#include "briefing-extract-rules-private.h"

/* Reading JSON: every failure names the file and the member. */

static gboolean
fail (GError     **error,
      const char  *where,
      const char  *member,
      const char  *problem)
{
  /* Translators: "rules-en.json: “demands[2].pattern”: not a valid pattern (…)" */
  g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_RULES,
               _("%s: “%s”: %s"), where, member, problem);
  return FALSE;
}

static gboolean
read_strings (JsonObject  *object,
              const char  *member,
              GPtrArray   *into,
              const char  *where,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, where, member, _("must be an array of strings"));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING
          || *json_node_get_string (element) == '\0')
        return fail (error, where, member, _("must be an array of non-empty strings"));
      g_ptr_array_add (into, g_strdup (json_node_get_string (element)));
    }

  return TRUE;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static GRegex *
compile (const char          *pattern,
         GRegexCompileFlags   flags,
         const char          *where,
         const char          *member,
         GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  GRegex *regex;

  regex = g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, &local_error);
  if (regex == NULL)
    {
      g_autofree char *problem = g_strdup_printf (_("not a valid pattern (%s)"), local_error->message);

      fail (error, where, member, problem);
    }
  return regex;
}

/* Alternation of the spellings, longest first so that "June" wins over "Jun". */
static char *
alternation (GPtrArray *words)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (words, i));
  for (guint i = 0; i < sorted->len; i++)
    for (guint j = i + 1; j < sorted->len; j++)
      if (strlen (g_ptr_array_index (sorted, j)) > strlen (g_ptr_array_index (sorted, i)))
        {
          gpointer tmp = sorted->pdata[i];

          sorted->pdata[i] = sorted->pdata[j];
          sorted->pdata[j] = tmp;
        }
  for (guint i = 0; i < sorted->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (g_ptr_array_index (sorted, i), -1);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, escaped);
    }
  return g_string_free (out, FALSE);
}

static gboolean
compile_dates (BriefingExtractRules  *self,
               const char            *where,
               GError               **error)
{
  g_autoptr(GPtrArray) month_words = g_ptr_array_new ();
  g_autofree char *months = NULL;
  g_autofree char *weekdays = NULL;

  for (guint i = 0; i < self->months->len; i++)
    {
      GPtrArray *spellings = g_ptr_array_index (self->months, i);

      for (guint j = 0; j < spellings->len; j++)
        g_ptr_array_add (month_words, g_ptr_array_index (spellings, j));
    }
  months = alternation (month_words);
  weekdays = alternation (self->weekdays);

  for (guint i = 0; i < self->dates->len; i++)
    {
      BriefingDateRule *rule = g_ptr_array_index (self->dates, i);
      g_autoptr(GString) pattern = g_string_new (rule->source);
      g_autofree char *member = g_strdup_printf ("dates[%u].pattern", i);

      g_string_replace (pattern, "{MONTHS}", months, 0);
      g_string_replace (pattern, "{WEEKDAYS}", weekdays, 0);
      g_clear_pointer (&rule->regex, g_regex_unref);
      /* Month and weekday names are capitalised in English; "may" is not May. */
      rule->regex = compile (pattern->str, 0, where, member, error);
      if (rule->regex == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_person (JsonNode           *node,
             BriefingGazEntity  *entity,
             const char         *where,
             GError            **error)
{
  JsonObject *object;
  BriefingGazPerson *person;
  const char *name;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, where, "people", _("each person must be an object"));
  object = json_node_get_object (node);
  name = get_string (object, "name");
  if (name == NULL || *name == '\0')
    return fail (error, where, "people", _("each person needs a “name”"));

  person = g_new0 (BriefingGazPerson, 1);
  person->name = g_strdup (name);
  person->title = g_strdup (get_string (object, "title"));
  person->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (person->aliases, g_strdup (name));
  g_ptr_array_add (entity->people, person);

  return read_strings (object, "aliases", person->aliases, where, error);
}

gboolean
briefing_extract_rules_merge_gazetteer (BriefingExtractRules  *self,
                 JsonObject            *root,
                 const char            *where,
                 GError               **error)
{
  JsonNode *entities = json_object_get_member (root, "entities");

  if (entities != NULL && !JSON_NODE_HOLDS_ARRAY (entities))
    return fail (error, where, "entities", _("must be an array of objects"));

  for (guint i = 0; entities != NULL && i < json_array_get_length (json_node_get_array (entities)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (entities), i);
      g_autofree char *member = g_strdup_printf ("entities[%u]", i);
      BriefingGazEntity *entity = NULL;
      JsonObject *object;
      JsonArray *people;
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, where, member, _("must be an object"));
      object = json_node_get_object (node);
      id = get_string (object, "id");
      if (id == NULL || !g_regex_match_simple ("^[A-Za-z0-9][A-Za-z0-9._-]*$", id, 0, 0))
        return fail (error, where, member, _("needs an “id” of letters, digits, “.”, “_” and “-”"));

      for (guint j = 0; j < self->entities->len; j++)
        if (g_str_equal (((BriefingGazEntity *) g_ptr_array_index (self->entities, j))->id, id))
          entity = g_ptr_array_index (self->entities, j);

      if (entity == NULL)
        {
          const char *name = get_string (object, "name");

          if (name == NULL || *name == '\0')
            return fail (error, where, member, _("a new entity needs a “name”"));
          entity = g_new0 (BriefingGazEntity, 1);
          entity->id = g_strdup (id);
          entity->name = g_strdup (name);
          entity->kind = g_strdup (get_string (object, "kind") ?: "country");
          entity->names = g_ptr_array_new_with_free_func (g_free);
          entity->demonyms = g_ptr_array_new_with_free_func (g_free);
          entity->metonyms = g_ptr_array_new_with_free_func (g_free);
          entity->people = g_ptr_array_new_with_free_func (briefing_gaz_person_free);
          g_ptr_array_add (entity->names, g_strdup (name));
          g_ptr_array_add (self->entities, entity);
        }

      if (!read_strings (object, "names", entity->names, where, error) ||
          !read_strings (object, "demonyms", entity->demonyms, where, error) ||
          !read_strings (object, "metonyms", entity->metonyms, where, error))
        return FALSE;

      if (json_object_has_member (object, "people"))
        {
          if (!JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "people")))
            return fail (error, where, "people", _("must be an array of objects"));
          people = json_object_get_array_member (object, "people");
          for (guint j = 0; j < json_array_get_length (people); j++)
            if (!read_person (json_array_get_element (people, j), entity, where, error))
              return FALSE;
        }
    }

  return read_strings (root, "places", self->places, where, error);
}

static gboolean
read_rule_list (JsonObject  *root,
                const char  *member,
                const char  *where,
                JsonArray  **array,
                GError     **error)
{
  JsonNode *node = json_object_get_member (root, member);

  *array = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, where, member, _("must be an array of objects"));
  *array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (*array); i++)
    {
      JsonNode *element = json_array_get_element (*array, i);

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          get_string (json_node_get_object (element), member[0] == 'c' ? "category" : "pattern") == NULL)
        {
          g_autofree char *name = g_strdup_printf ("%s[%u]", member, i);

          return fail (error, where, name, member[0] == 'c' ? _("needs a “category”") : _("needs a “pattern”"));
        }
    }
  return TRUE;
}

static gboolean
read_enum (JsonObject  *object,
           const char  *member,
           GType        type,
           int         *value,
           const char  *where,
           const char  *name,
           GError     **error)
{
  const char *nick = get_string (object, member);

  if (nick == NULL)
    return TRUE;
  if (!briefing_enum_from_nick (type, nick, value))
    {
      g_autofree char *allowed = briefing_enum_list_nicks (type, -1);
      /* Translators: %s is a list of allowed words */
      g_autofree char *problem = g_strdup_printf (_("must be one of %s"), allowed);
      g_autofree char *full = g_strdup_printf ("%s.%s", name, member);

      return fail (error, where, full, problem);
    }
  return TRUE;
}

static double
get_double (JsonObject *object,
            const char *member,
            double      fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  return json_node_get_double (node);
}

static gboolean
merge_cue (JsonObject  *root,
           const char  *member,
           GRegex     **regex,
           const char  *where,
           GError     **error)
{
  const char *pattern = get_string (root, member);

  if (pattern == NULL)
    return TRUE;
  g_clear_pointer (regex, g_regex_unref);
  *regex = compile (pattern, G_REGEX_CASELESS, where, member, error);
  return *regex != NULL;
}

static gboolean
merge_event_rules (BriefingExtractRules  *self,
                   JsonObject            *root,
                   const char            *where,
                   GError               **error)
{
  JsonArray *array;

  if (!read_rule_list (root, "events", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *name = g_strdup_printf ("events[%u]", i);
      int kind = BRIEFING_EVENT_KIND_OTHER;
      BriefingEventRule *rule;
      GRegex *regex;

      if (!read_enum (object, "kind", BRIEFING_TYPE_EVENT_KIND, &kind, where, name, error))
        return FALSE;
      regex = compile (get_string (object, "pattern"), G_REGEX_CASELESS, where, name, error);
      if (regex == NULL)
        return FALSE;
      rule = g_new0 (BriefingEventRule, 1);
      rule->regex = regex;
      rule->kind = kind;
      rule->title = g_strdup (get_string (object, "title") ?: "{MATCH}");
      g_ptr_array_add (self->events, rule);
    }

  if (!read_rule_list (root, "outcomes", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *name = g_strdup_printf ("outcomes[%u]", i);
      int status = BRIEFING_OUTCOME_STATUS_DISCUSSED;
      BriefingOutcomeRule *rule;
      GRegex *regex;

      if (!read_enum (object, "status", BRIEFING_TYPE_OUTCOME_STATUS, &status, where, name, error))
        return FALSE;
      regex = compile (get_string (object, "pattern"), G_REGEX_CASELESS, where, name, error);
      if (regex == NULL)
        return FALSE;
      rule = g_new0 (BriefingOutcomeRule, 1);
      rule->regex = regex;
      rule->status = status;
      rule->confidence = get_double (object, "confidence", 0.5);
      g_ptr_array_add (self->outcomes, rule);
    }

  if (!read_rule_list (root, "demands", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *name = g_strdup_printf ("demands[%u]", i);
      BriefingDemandRule *rule;
      GRegex *regex;

      regex = compile (get_string (object, "pattern"), G_REGEX_CASELESS, where, name, error);
      if (regex == NULL)
        return FALSE;
      rule = g_new0 (BriefingDemandRule, 1);
      rule->regex = regex;
      rule->list = json_object_get_boolean_member_with_default (object, "list", FALSE);
      rule->confidence = get_double (object, "confidence", 0.5);
      g_ptr_array_add (self->demands, rule);
    }

  return TRUE;
}

gboolean
briefing_extract_rules_merge_rules (BriefingExtractRules  *self,
             JsonObject            *root,
             const char            *where,
             GError               **error)
{
  JsonArray *array;
  JsonNode *node;

  if (!read_strings (root, "abbreviations", self->abbreviations, where, error) ||
      !read_strings (root, "weekdays", self->weekdays, where, error) ||
      !read_strings (root, "clause_stops", self->clause_stops, where, error) ||
      !read_strings (root, "strip_prefixes", self->strip_prefixes, where, error) ||
      !read_strings (root, "list_strip_prefixes", self->list_strip_prefixes, where, error) ||
      !read_strings (root, "pronouns", self->pronouns, where, error) ||
      !read_strings (root, "continuation_words", self->continuation_words, where, error) ||
      !read_strings (root, "list_keeps", self->list_keeps, where, error))
    return FALSE;

  node = json_object_get_member (root, "months");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 12)
        return fail (error, where, "months", _("must list the twelve months, each as an array of spellings"));
      g_ptr_array_set_size (self->months, 0);
      for (guint i = 0; i < 12; i++)
        {
          JsonNode *month = json_array_get_element (json_node_get_array (node), i);
          g_autoptr(JsonObject) wrapper = json_object_new ();
          GPtrArray *spellings = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (self->months, spellings);
          json_object_set_member (wrapper, "months", json_node_copy (month));
          if (!read_strings (wrapper, "months", spellings, where, error))
            return FALSE;
        }
    }
  if (self->weekdays->len != 0 && self->weekdays->len != 7)
    return fail (error, where, "weekdays", _("must list the seven weekdays, Monday first"));

  if (!read_rule_list (root, "dates", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *name = g_strdup_printf ("dates[%u]", i);
      BriefingDateRule *rule = g_new0 (BriefingDateRule, 1);
      const char *resolve = get_string (object, "resolve");
      int precision = BRIEFING_DATE_PRECISION_DAY;

      rule->source = g_strdup (get_string (object, "pattern"));
      g_ptr_array_add (self->dates, rule);
      if (!read_enum (object, "precision", BRIEFING_TYPE_DATE_PRECISION, &precision, where, name, error))
        return FALSE;
      rule->precision = precision;
      rule->days = (int) json_object_get_int_member_with_default (object, "days", 0);
      if (resolve == NULL || g_str_equal (resolve, "absolute"))
        rule->resolve = BRIEFING_DATE_RESOLVE_ABSOLUTE;
      else if (g_str_equal (resolve, "weekday"))
        rule->resolve = BRIEFING_DATE_RESOLVE_WEEKDAY;
      else if (g_str_equal (resolve, "relative"))
        rule->resolve = BRIEFING_DATE_RESOLVE_RELATIVE;
      else
        return fail (error, where, name, _("“resolve” must be absolute, weekday or relative"));
    }

  if (!merge_event_rules (self, root, where, error))
    return FALSE;

  if (!read_rule_list (root, "figures", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *name = g_strdup_printf ("figures[%u]", i);
      BriefingFigureRule *rule;
      GRegex *regex = compile (get_string (object, "pattern"), 0, where, name, error);

      if (regex == NULL)
        return FALSE;
      rule = g_new0 (BriefingFigureRule, 1);
      rule->regex = regex;
      rule->unit = g_strdup (get_string (object, "unit"));
      g_ptr_array_add (self->figures, rule);
    }

  if (!read_rule_list (root, "categories", where, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      BriefingCategoryRule *rule = g_new0 (BriefingCategoryRule, 1);

      rule->category = g_strdup (get_string (object, "category"));
      rule->keywords = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (self->categories, rule);
      if (!read_strings (object, "keywords", rule->keywords, where, error))
        return FALSE;
    }

  node = json_object_get_member (root, "synonyms");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, where, "synonyms", _("must be an object of words"));
      g_autoptr(GList) words = json_object_get_members (json_node_get_object (node));

      for (GList *l = words; l != NULL; l = l->next)
        {
          const char *to = get_string (json_node_get_object (node), l->data);

          if (to == NULL)
            return fail (error, where, "synonyms", _("must be an object of words"));
          g_hash_table_replace (self->synonyms, g_utf8_strdown (l->data, -1), g_utf8_strdown (to, -1));
        }
    }

  {
    g_autoptr(GPtrArray) stop_words = g_ptr_array_new_with_free_func (g_free);

    if (!read_strings (root, "stop_words", stop_words, where, error))
      return FALSE;
    for (guint i = 0; i < stop_words->len; i++)
      g_hash_table_add (self->stop_words, g_utf8_strdown (g_ptr_array_index (stop_words, i), -1));
  }

  if (get_string (root, "place_title") != NULL)
    {
      g_free (self->place_title);
      self->place_title = g_strdup (get_string (root, "place_title"));
    }
  if (get_string (root, "proposal_title") != NULL)
    {
      g_free (self->proposal_title);
      self->proposal_title = g_strdup (get_string (root, "proposal_title"));
    }
  if (json_object_has_member (root, "participation_threshold"))
    self->participation_threshold = MAX (1, json_object_get_int_member (root, "participation_threshold"));

  return merge_cue (root, "proposal_cue", &self->proposal_cue, where, error) &&
         merge_cue (root, "event_exclusions", &self->event_exclusions, where, error) &&
         merge_cue (root, "demand_exclusion", &self->demand_exclusion, where, error) &&
         merge_cue (root, "future_cue", &self->future_cue, where, error) &&
         merge_cue (root, "event_done_cue", &self->event_done_cue, where, error) &&
         merge_cue (root, "mediator_cue", &self->mediator_cue, where, error) &&
         merge_cue (root, "host_cue", &self->host_cue, where, error) &&
         merge_cue (root, "delegation_cue", &self->delegation_cue, where, error) &&
         compile_dates (self, where, error);
}

