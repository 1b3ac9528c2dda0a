/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-import-clutter"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "briefing-import-private.h"
#include "briefing-import-resources.h"

/* The lists of data/import/clutter.json, read once. They are compiled into the engine rather than
 * read from the data folder, so an import gives the same result installed, uninstalled and in the
 * tests; changing them is editing the JSON and rebuilding. */
typedef struct
{
  GHashTable *tags;
  GHashTable *roles;
  GHashTable *names;
  GRegex     *lines;
} Clutter;

static GHashTable *
read_set (JsonObject *root,
          const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = json_object_get_array_member (root, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_hash_table_add (set, g_ascii_strdown (json_array_get_string_element (array, i), -1));
  return set;
}

static gpointer
load_clutter (gpointer data)
{
  Clutter *clutter = g_new0 (Clutter, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) pattern = g_string_new ("^(?:");
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *lines;

  /* The resource is part of the program: failing to read it is a broken build, not bad input. */
  bytes = g_resource_lookup_data (briefing_import_get_resource (),
                                  "/org/briefing/Briefing/import/clutter.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("clutter.json: %s", error->message);

  root = json_node_get_object (json_parser_get_root (parser));
  clutter->tags = read_set (root, "tags");
  clutter->roles = read_set (root, "roles");
  clutter->names = read_set (root, "names");

  lines = json_object_get_array_member (root, "lines");
  for (guint i = 0; i < json_array_get_length (lines); i++)
    g_string_append_printf (pattern, "%s(?:%s)", i > 0 ? "|" : "", json_array_get_string_element (lines, i));
  g_string_append (pattern, ")$");

  clutter->lines = g_regex_new (pattern->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
  if (clutter->lines == NULL)
    g_error ("clutter.json: lines: %s", error->message);

  return clutter;
}

static const Clutter *
get_clutter (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_clutter, NULL);
}

gboolean
briefing_clutter_drops_tag (const char *tag)
{
  return tag != NULL && g_hash_table_contains (get_clutter ()->tags, tag);
}

gboolean
briefing_clutter_drops_role (const char *role)
{
  g_autofree char *lower = NULL;

  if (role == NULL)
    return FALSE;
  lower = g_ascii_strdown (role, -1);
  return g_hash_table_contains (get_clutter ()->roles, g_strstrip (lower));
}

/* Every word of the attribute, and every hyphenated part of it ("share-buttons" is "share" and
 * "buttons"); a plural "s" does not count ("comments" is "comment"). */
gboolean
briefing_clutter_drops_name (const char *names)
{
  GHashTable *set = get_clutter ()->names;
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (names == NULL || strlen (names) > 1024)
    return FALSE;

  lower = g_ascii_strdown (names, -1);
  words = g_strsplit_set (lower, " \t\n\r\f", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (words[i][0] == '\0')
        continue;
      if (g_hash_table_contains (set, words[i]))
        return TRUE;

      parts = g_strsplit_set (words[i], "-_:", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          gsize len = strlen (parts[j]);

          if (len == 0)
            continue;
          if (g_hash_table_contains (set, parts[j]))
            return TRUE;
          if (len > 2 && parts[j][len - 1] == 's')
            {
              parts[j][len - 1] = '\0';
              if (g_hash_table_contains (set, parts[j]))
                return TRUE;
            }
        }
    }
  return FALSE;
}

gboolean
briefing_clutter_is_line (const char *line)
{
  if (line == NULL || strlen (line) > BRIEFING_IMPORT_SHORT_LINE)
    return FALSE;
  return g_regex_match (get_clutter ()->lines, line, 0, NULL);
}
