/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-enum-types.h"
#include "briefing-extract-resources.h"
#include "briefing-extract-rules-private.h"

#define RESOURCE_PREFIX "/org/briefing/Briefing/import/"

G_DEFINE_QUARK (briefing-extract-error-quark, briefing_extract_error)

G_DEFINE_FINAL_TYPE (BriefingExtractRules, briefing_extract_rules, G_TYPE_OBJECT)

void
briefing_gaz_person_free (gpointer data)
{
  BriefingGazPerson *person = data;

  g_free (person->name);
  g_free (person->title);
  g_ptr_array_unref (person->aliases);
  g_free (person);
}

void
briefing_gaz_entity_free (gpointer data)
{
  BriefingGazEntity *entity = data;

  g_free (entity->id);
  g_free (entity->name);
  g_free (entity->kind);
  g_ptr_array_unref (entity->names);
  g_ptr_array_unref (entity->demonyms);
  g_ptr_array_unref (entity->metonyms);
  g_ptr_array_unref (entity->people);
  g_free (entity);
}

void
briefing_date_rule_free (gpointer data)
{
  BriefingDateRule *rule = data;

  g_free (rule->source);
  g_clear_pointer (&rule->regex, g_regex_unref);
  g_free (rule);
}

void
briefing_event_rule_free (gpointer data)
{
  BriefingEventRule *rule = data;

  g_regex_unref (rule->regex);
  g_free (rule->title);
  g_free (rule);
}

void
briefing_outcome_rule_free (gpointer data)
{
  BriefingOutcomeRule *rule = data;

  g_regex_unref (rule->regex);
  g_free (rule);
}

void
briefing_demand_rule_free (gpointer data)
{
  BriefingDemandRule *rule = data;

  g_regex_unref (rule->regex);
  g_free (rule);
}

void
briefing_figure_rule_free (gpointer data)
{
  BriefingFigureRule *rule = data;

  g_regex_unref (rule->regex);
  g_free (rule->unit);
  g_free (rule);
}

void
briefing_category_rule_free (gpointer data)
{
  BriefingCategoryRule *rule = data;

  g_free (rule->category);
  g_ptr_array_unref (rule->keywords);
  g_free (rule);
}

static void
briefing_extract_rules_finalize (GObject *object)
{
  BriefingExtractRules *self = (BriefingExtractRules *)object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->place_title, g_free);
  g_clear_pointer (&self->proposal_title, g_free);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->aliases, g_array_unref);
  g_clear_pointer (&self->abbreviations, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->weekdays, g_ptr_array_unref);
  g_clear_pointer (&self->dates, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  g_clear_pointer (&self->demands, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->clause_stops, g_ptr_array_unref);
  g_clear_pointer (&self->strip_prefixes, g_ptr_array_unref);
  g_clear_pointer (&self->list_strip_prefixes, g_ptr_array_unref);
  g_clear_pointer (&self->pronouns, g_ptr_array_unref);
  g_clear_pointer (&self->continuation_words, g_ptr_array_unref);
  g_clear_pointer (&self->synonyms, g_hash_table_unref);
  g_clear_pointer (&self->stop_words, g_hash_table_unref);
  g_clear_pointer (&self->proposal_cue, g_regex_unref);
  g_clear_pointer (&self->event_exclusions, g_regex_unref);
  g_clear_pointer (&self->demand_exclusion, g_regex_unref);
  g_clear_pointer (&self->future_cue, g_regex_unref);
  g_clear_pointer (&self->event_done_cue, g_regex_unref);
  g_clear_pointer (&self->list_keeps, g_ptr_array_unref);
  g_clear_pointer (&self->mediator_cue, g_regex_unref);
  g_clear_pointer (&self->host_cue, g_regex_unref);
  g_clear_pointer (&self->delegation_cue, g_regex_unref);

  G_OBJECT_CLASS (briefing_extract_rules_parent_class)->finalize (object);
}

static void
briefing_extract_rules_class_init (BriefingExtractRulesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_extract_rules_finalize;
}

static void
briefing_extract_rules_init (BriefingExtractRules *self)
{
  self->entities = g_ptr_array_new_with_free_func (briefing_gaz_entity_free);
  self->places = g_ptr_array_new_with_free_func (g_free);
  self->aliases = g_array_new (FALSE, FALSE, sizeof (BriefingGazAlias));
  self->abbreviations = g_ptr_array_new_with_free_func (g_free);
  self->months = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->weekdays = g_ptr_array_new_with_free_func (g_free);
  self->dates = g_ptr_array_new_with_free_func (briefing_date_rule_free);
  self->events = g_ptr_array_new_with_free_func (briefing_event_rule_free);
  self->outcomes = g_ptr_array_new_with_free_func (briefing_outcome_rule_free);
  self->demands = g_ptr_array_new_with_free_func (briefing_demand_rule_free);
  self->figures = g_ptr_array_new_with_free_func (briefing_figure_rule_free);
  self->categories = g_ptr_array_new_with_free_func (briefing_category_rule_free);
  self->clause_stops = g_ptr_array_new_with_free_func (g_free);
  self->strip_prefixes = g_ptr_array_new_with_free_func (g_free);
  self->list_strip_prefixes = g_ptr_array_new_with_free_func (g_free);
  self->pronouns = g_ptr_array_new_with_free_func (g_free);
  self->continuation_words = g_ptr_array_new_with_free_func (g_free);
  self->list_keeps = g_ptr_array_new_with_free_func (g_free);
  self->synonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->stop_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->participation_threshold = 2;
  self->place_title = g_strdup ("{TITLE} ({PLACE})");
  self->proposal_title = g_strdup ("{MATCH}");
}

static int
compare_alias (gconstpointer a,
               gconstpointer b)
{
  const BriefingGazAlias *x = a;
  const BriefingGazAlias *y = b;
  gsize lx = strlen (x->text);
  gsize ly = strlen (y->text);

  return lx != ly ? (lx > ly ? -1 : 1) : strcmp (x->text, y->text);
}

static void
add_aliases (GArray            *aliases,
             GPtrArray         *texts,
             guint              entity,
             int                person,
             BriefingAliasForm  form)
{
  for (guint i = 0; i < texts->len; i++)
    {
      BriefingGazAlias alias = { g_ptr_array_index (texts, i), entity, person, form };

      g_array_append_val (aliases, alias);
    }
}

static void
rebuild_aliases (BriefingExtractRules *self)
{
  g_array_set_size (self->aliases, 0);
  for (guint i = 0; i < self->entities->len; i++)
    {
      BriefingGazEntity *entity = g_ptr_array_index (self->entities, i);

      add_aliases (self->aliases, entity->names, i, -1, BRIEFING_ALIAS_NAME);
      add_aliases (self->aliases, entity->demonyms, i, -1, BRIEFING_ALIAS_DEMONYM);
      add_aliases (self->aliases, entity->metonyms, i, -1, BRIEFING_ALIAS_METONYM);
      for (guint j = 0; j < entity->people->len; j++)
        add_aliases (self->aliases, ((BriefingGazPerson *) g_ptr_array_index (entity->people, j))->aliases,
                     i, j, BRIEFING_ALIAS_PERSON);
    }
  g_array_sort (self->aliases, compare_alias);
}

gboolean
briefing_extract_rules_merge_bytes (BriefingExtractRules  *self,
                                    GBytes                *bytes,
                                    const char            *where,
                                    GError               **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *format;
  JsonObject *root;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (BRIEFING_IS_EXTRACT_RULES (self), FALSE);
  g_return_val_if_fail (where != NULL, FALSE);

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_RULES,
                   "%s: %s", where, local_error->message);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_RULES,
                   _("%s: “%s”: %s"), where, "/", _("must be a JSON object"));
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  format = json_object_get_string_member_with_default (root, "format", NULL);

  if (g_strcmp0 (format, "briefing-gazetteer") == 0)
    {
      if (!briefing_extract_rules_merge_gazetteer (self, root, where, error))
        return FALSE;
      rebuild_aliases (self);
      return TRUE;
    }
  if (g_strcmp0 (format, "briefing-extract-rules") == 0)
    return briefing_extract_rules_merge_rules (self, root, where, error);

  g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_INVALID_RULES,
               _("%s: “%s”: %s"), where, "format", _("must be “briefing-gazetteer” or “briefing-extract-rules”"));
  return FALSE;
}

gboolean
briefing_extract_rules_merge_file (BriefingExtractRules  *self,
                                   GFile                 *file,
                                   GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (BRIEFING_IS_EXTRACT_RULES (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  where = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  return briefing_extract_rules_merge_bytes (self, bytes, where, error);
}

static gboolean
merge_resource (BriefingExtractRules  *self,
                const char            *name,
                GError               **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (briefing_extract_get_resource (), path, 0, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_NO_RULES,
                   /* Translators: %s is a language tag such as "en" */
                   _("Briefing has no extraction rules for the language “%s”"), self->language);
      return FALSE;
    }
  return briefing_extract_rules_merge_bytes (self, bytes, name, error);
}

BriefingExtractRules *
briefing_extract_rules_new_builtin (const char  *language,
                                    GError     **error)
{
  g_autoptr(BriefingExtractRules) self = NULL;
  g_autofree char *gazetteer = NULL;
  g_autofree char *rules = NULL;

  g_return_val_if_fail (language != NULL, NULL);

  self = g_object_new (BRIEFING_TYPE_EXTRACT_RULES, NULL);
  /* "en-GB" and "en_US" are read with the rules of "en". */
  self->language = g_strndup (language, strcspn (language, "-_"));
  language = self->language;
  gazetteer = g_strdup_printf ("gazetteer-%s.json", language);
  rules = g_strdup_printf ("rules-%s.json", language);
  if (!merge_resource (self, rules, error) || !merge_resource (self, gazetteer, error))
    return NULL;
  return g_steal_pointer (&self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

char *
briefing_extract_rules_dup_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "import", NULL);
}

BriefingExtractRules *
briefing_extract_rules_new_for_language (const char  *language,
                                         GError     **error)
{
  g_autoptr(BriefingExtractRules) self = briefing_extract_rules_new_builtin (language, error);
  g_autofree char *folder = briefing_extract_rules_dup_user_dir ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (self == NULL)
    return NULL;

  /* A missing folder is the usual case; files are merged in name order, so the result never
   * depends on the order the file system lists them in. */
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (!briefing_extract_rules_merge_file (self, file, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
briefing_extract_rules_get_language (BriefingExtractRules *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXTRACT_RULES (self), NULL);

  return self->language;
}

guint
briefing_extract_rules_lookup_month (BriefingExtractRules *self,
                                     const char           *word)
{
  for (guint i = 0; i < self->months->len; i++)
    {
      GPtrArray *spellings = g_ptr_array_index (self->months, i);

      for (guint j = 0; j < spellings->len; j++)
        if (g_ascii_strcasecmp (g_ptr_array_index (spellings, j), word) == 0)
          return i + 1;
    }
  return 0;
}

guint
briefing_extract_rules_lookup_weekday (BriefingExtractRules *self,
                                       const char           *word)
{
  for (guint i = 0; i < self->weekdays->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->weekdays, i), word) == 0)
      return i + 1;
  return 0;
}
