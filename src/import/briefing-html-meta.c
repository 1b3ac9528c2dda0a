/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-html-meta"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "briefing-html-private.h"
#include "briefing-json-scan.h"

/* What a page says about itself: meta tags, the canonical link, JSON-LD and <title>. */

/* JSON-LD scripts larger than this, or nested deeper, are not read. */
#define MAX_JSON_LD_SIZE (1024 * 1024)
#define MAX_JSON_LD_DEPTH 8

/* Meta names that give the publication date, best first. */
static const char * const date_names[] = {
  "article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
  "dcterms.issued", "dc.date", "date", "pubdate", "publish-date", "publication_date",
  "parsely-pub-date", "sailthru.date", NULL
};
static const char * const author_names[] = {
  "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", NULL
};

gboolean
briefing_html_is (xmlNode    *node,
                  const char *tag)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_ascii_strcasecmp ((const char *) node->name, tag) == 0;
}

char *
briefing_html_get_attr (xmlNode    *node,
                        const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static void
append_text (xmlNode *node,
             GString *s,
             guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (s, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE && depth < BRIEFING_HTML_MAX_DEPTH &&
               !briefing_html_is (child, "script") && !briefing_html_is (child, "style"))
        {
          if (briefing_html_is (child, "br"))
            g_string_append_c (s, ' ');
          append_text (child, s, depth + 1);
        }
    }
}

char *
briefing_html_get_text (xmlNode *node)
{
  g_autoptr(GString) s = g_string_new (NULL);

  append_text (node, s, 0);
  return briefing_text_normalize (s->str, s->len);
}

static guint
rank_of (const char * const *names,
         const char         *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i + 1;
  return 0;
}

/* Keeps @value in *@field when it ranks better (lower) than what is there. */
static void
offer_ranked (char       **field,
              guint       *field_rank,
              guint        rank,
              const char  *value)
{
  if (rank == 0 || value == NULL || *value == '\0' || (*field != NULL && *field_rank <= rank))
    return;
  g_free (*field);
  *field = briefing_text_normalize (value, -1);
  *field_rank = rank;
}

static void
offer (char      **field,
       const char *value)
{
  if (*field == NULL && value != NULL)
    {
      char *normal = briefing_text_normalize (value, -1);

      if (normal[0] != '\0')
        *field = normal;
      else
        g_free (normal);
    }
}

/* "en_GB" → "en-GB" */
static char *
language_tag (const char *value)
{
  char *tag = g_strdelimit (briefing_text_normalize (value, -1), "_", '-');
  char *comma = strchr (tag, ',');

  if (comma != NULL)
    *comma = '\0';
  return g_strstrip (tag);
}

/* A JSON-LD value that names someone: "Name", { "name": "Name" }, or an array of those. */
static void
add_ld_names (JsonNode  *node,
              GPtrArray *names)
{
  if (node == NULL)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 20; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_ARRAY (element))
            add_ld_names (element, names);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    add_ld_names (json_object_get_member (json_node_get_object (node), "name"), names);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      char *name = briefing_text_normalize (json_node_get_string (node), -1);

      if (name[0] != '\0' && !g_str_has_prefix (name, "http"))
        g_ptr_array_add (names, name);
      else
        g_free (name);
    }
}

static const char *
ld_string (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static gboolean
is_article_type (JsonNode *type)
{
  static const char * const types[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", NULL
  };

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (is_article_type (json_array_get_element (array, i)))
          return TRUE;
      return FALSE;
    }
  return JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
         g_strv_contains (types, json_node_get_string (type));
}

/* The first Article in @node, at the top, in an array or in "@graph". */
static JsonObject *
find_ld_article (JsonNode *node,
                 guint     depth)
{
  if (node == NULL || depth > MAX_JSON_LD_DEPTH)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *found = find_ld_article (json_array_get_element (array, i), depth + 1);

          if (found != NULL)
            return found;
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (is_article_type (json_object_get_member (object, "@type")))
        return object;
      return find_ld_article (json_object_get_member (object, "@graph"), depth + 1);
    }
  return NULL;
}

static void
read_json_ld (xmlNode          *script,
              BriefingHtmlMeta *meta)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  JsonObject *article, *publisher;
  JsonNode *node;

  if (meta->ld_headline != NULL || meta->ld_published != NULL)
    return;
  for (xmlNode *child = script->children; child != NULL; child = child->next)
    if (child->content != NULL)
      g_string_append (s, (const char *) child->content);
  if (s->len == 0 || s->len > MAX_JSON_LD_SIZE)
    return;

  /* Broken JSON-LD is common; a page is not refused for it. json-glib is not given what it
   * overflows its stack on (deep nesting) or misreads (NUL escapes, duplicate members). */
  if ((problem = briefing_json_check (s->str, s->len, BRIEFING_JSON_MAX_DEPTH)) != NULL)
    return;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, s->str, s->len, NULL) ||
      (article = find_ld_article (json_parser_get_root (parser), 0)) == NULL)
    return;

  offer (&meta->ld_headline, ld_string (article, "headline"));
  offer (&meta->ld_published, ld_string (article, "datePublished"));
  add_ld_names (json_object_get_member (article, "author"), meta->ld_authors);

  node = json_object_get_member (article, "publisher");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && (publisher = json_node_get_object (node)) != NULL)
    offer (&meta->ld_publisher, ld_string (publisher, "name"));
  else
    offer (&meta->ld_publisher, ld_string (article, "publisher"));
}

typedef struct
{
  BriefingHtmlMeta *meta;
  guint             date_rank;
  guint             author_rank;
  char             *og_url;
  char             *locale;
  char             *twitter_title;
} MetaWalk;

static void
read_meta_tag (xmlNode  *node,
               MetaWalk *walk)
{
  BriefingHtmlMeta *meta = walk->meta;
  g_autofree char *property = briefing_html_get_attr (node, "property");
  g_autofree char *name_attr = briefing_html_get_attr (node, "name");
  g_autofree char *itemprop = briefing_html_get_attr (node, "itemprop");
  g_autofree char *http_equiv = briefing_html_get_attr (node, "http-equiv");
  g_autofree char *content = briefing_html_get_attr (node, "content");
  g_autofree char *name = NULL;

  if (content == NULL)
    return;
  name = g_ascii_strdown (property != NULL ? property : name_attr != NULL ? name_attr :
                          itemprop != NULL ? itemprop : http_equiv != NULL ? http_equiv : "", -1);

  if (g_str_equal (name, "og:title"))
    offer (&meta->og_title, content);
  else if (g_str_equal (name, "twitter:title"))
    offer (&walk->twitter_title, content);
  else if (g_str_equal (name, "og:site_name"))
    offer (&meta->site_name, content);
  else if (g_str_equal (name, "application-name"))
    offer (&meta->app_name, content);
  else if (g_str_equal (name, "og:url"))
    offer (&walk->og_url, content);
  else if (g_str_equal (name, "og:locale"))
    offer (&walk->locale, content);
  else if (g_str_equal (name, "content-language") && meta->language == NULL)
    meta->language = language_tag (content);
  else if (rank_of (date_names, name) > 0)
    offer_ranked (&meta->published, &walk->date_rank, rank_of (date_names, name), content);
  else if (rank_of (author_names, name) > 0 && !g_str_has_prefix (content, "http"))
    offer_ranked (&meta->author, &walk->author_rank, rank_of (author_names, name), content);
}

static void
walk_meta (xmlNode  *node,
           MetaWalk *walk,
           guint     depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (briefing_html_is (child, "meta"))
        read_meta_tag (child, walk);
      else if (briefing_html_is (child, "title"))
        {
          if (walk->meta->title == NULL)
            walk->meta->title = briefing_html_get_text (child);
        }
      else if (briefing_html_is (child, "link"))
        {
          g_autofree char *rel = briefing_html_get_attr (child, "rel");
          g_autofree char *href = briefing_html_get_attr (child, "href");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
            offer (&walk->meta->url, href);
        }
      else if (briefing_html_is (child, "script"))
        {
          g_autofree char *type = briefing_html_get_attr (child, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            read_json_ld (child, walk->meta);
        }
      else if (depth < BRIEFING_HTML_MAX_DEPTH)
        walk_meta (child, walk, depth + 1);
    }
}

void
briefing_html_meta_read (xmlDoc           *doc,
                         BriefingHtmlMeta *meta)
{
  MetaWalk walk = { meta, 0, 0, NULL, NULL, NULL };
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *lang = NULL;

  memset (meta, 0, sizeof *meta);
  meta->ld_authors = g_ptr_array_new_with_free_func (g_free);
  if (root == NULL)
    return;

  if ((lang = briefing_html_get_attr (root, "lang")) != NULL && lang[0] != '\0')
    meta->language = language_tag (lang);

  walk_meta (root, &walk, 0);

  offer (&meta->og_title, walk.twitter_title);
  offer (&meta->url, walk.og_url);
  if (meta->language == NULL && walk.locale != NULL)
    meta->language = language_tag (walk.locale);
  g_free (walk.og_url);
  g_free (walk.locale);
  g_free (walk.twitter_title);
}

void
briefing_html_meta_clear (BriefingHtmlMeta *meta)
{
  g_clear_pointer (&meta->og_title, g_free);
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->site_name, g_free);
  g_clear_pointer (&meta->app_name, g_free);
  g_clear_pointer (&meta->published, g_free);
  g_clear_pointer (&meta->author, g_free);
  g_clear_pointer (&meta->url, g_free);
  g_clear_pointer (&meta->language, g_free);
  g_clear_pointer (&meta->ld_headline, g_free);
  g_clear_pointer (&meta->ld_published, g_free);
  g_clear_pointer (&meta->ld_publisher, g_free);
  g_clear_pointer (&meta->ld_authors, g_ptr_array_unref);
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        in_word = FALSE;
      else if (!in_word)
        in_word = TRUE, n++;
    }
  return n;
}

char *
briefing_html_split_title (const char  *title,
                           const char  *known_site,
                           char       **site)
{
  static const char * const separators[] = { " | ", " – ", " — ", " - ", " :: ", " · ", " • ", NULL };
  const char *cut = NULL;
  gsize cut_len = 0;

  *site = NULL;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *p = g_strrstr (title, separators[i]);

      if (p != NULL && (cut == NULL || p > cut))
        cut = p, cut_len = strlen (separators[i]);
    }
  if (cut == NULL)
    return g_strdup (title);

  {
    g_autofree char *head = g_strndup (title, cut - title);
    const char *tail = cut + cut_len;
    g_autofree char *tail_folded = g_utf8_casefold (tail, -1);
    g_autofree char *site_folded = known_site != NULL ? g_utf8_casefold (known_site, -1) : NULL;
    gboolean is_site;

    /* The suffix is the outlet when it is the name the page gives, or short beside the headline. */
    if (site_folded != NULL)
      is_site = strstr (tail_folded, site_folded) != NULL ||
                (strstr (site_folded, tail_folded) != NULL && strlen (tail_folded) * 2 >= strlen (site_folded));
    else
      is_site = count_words (tail) <= 4 && count_words (head) > count_words (tail);

    if (!is_site)
      return g_strdup (title);
    *site = g_strdup (tail);
    return g_strdup (g_strstrip (head));
  }
}
