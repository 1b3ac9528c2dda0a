/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-save-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefing-save-file-private.h"

struct _BriefingSaveFile
{
  char *path;       /* the file replaced: @path given, or where its symbolic link points */
  char *dir;
  char *temp_path;
  int   fd;         /* of temp_path; -1 once closed */
  guint done : 1;   /* committed, or failed for good */
};

/* Where a failure happened, which decides whose fault it is: the folder's or the file's. */
typedef enum
{
  STAGE_FOLDER,     /* making the temporary file, renaming it */
  STAGE_FILE,       /* the file that is there */
  STAGE_WRITE,      /* writing and flushing the bytes */
} Stage;

/* The part of @dir that is a file where a folder should be: the nearest one that exists. */
static char *
find_in_the_way (const char *dir)
{
  g_autofree char *path = g_strdup (dir);

  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      char *parent = g_path_get_dirname (path);

      if (g_str_equal (parent, path))
        {
          g_free (parent);
          break;
        }
      g_free (path);
      path = parent;
    }

  return g_steal_pointer (&path);
}

static void
set_error (GError     **error,
           int          errsv,
           Stage        stage,
           const char  *dir)
{
  g_autofree char *display_dir = g_filename_display_name (dir);
  GIOErrorEnum code = g_io_error_from_errno (errsv);

  switch (errsv)
    {
    case EACCES:
    case EPERM:
      if (stage == STAGE_FILE)
        g_set_error_literal (error, G_IO_ERROR, code,
                             /* Translators: why a file could not be saved */
                             _("the file is read-only"));
      else
        g_set_error (error, G_IO_ERROR, code,
                     /* Translators: why a file could not be saved; %s is a folder */
                     _("you may not write in the folder “%s”"), display_dir);
      break;

    case EROFS:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: why a file could not be saved; %s is a folder */
                   _("the folder “%s” is on a read-only disk"), display_dir);
      break;

    case ENOSPC:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: why a file could not be saved; %s is a folder */
                   _("the disk is full (no space left in “%s”)"), display_dir);
      break;

#ifdef EDQUOT
    case EDQUOT:
      g_set_error_literal (error, G_IO_ERROR, code,
                           /* Translators: why a file could not be saved */
                           _("your disk quota is used up"));
      break;
#endif

    case EFBIG:
      g_set_error_literal (error, G_IO_ERROR, code,
                           /* Translators: why a file could not be saved */
                           _("the file is too large for this disk"));
      break;

    case ENOENT:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: why a file could not be saved; %s is a folder */
                   _("the folder “%s” does not exist"), display_dir);
      break;

    case ENOTDIR:
      {
        g_autofree char *in_the_way = find_in_the_way (dir);
        g_autofree char *display = g_filename_display_name (in_the_way);

        g_set_error (error, G_IO_ERROR, code,
                     /* Translators: why a file could not be saved; %s is a file where a folder
                      * of the path should be */
                     _("“%s” is not a folder"), display);
      }
      break;

    case EISDIR:
      g_set_error_literal (error, G_IO_ERROR, code,
                           /* Translators: why a file could not be saved */
                           _("a folder of that name is in the way"));
      break;

    default:
      g_set_error (error, G_IO_ERROR, code,
                   /* Translators: why a file could not be saved; %s is the system's reason */
                   _("the disk could not be written (%s)"), g_strerror (errsv));
      break;
    }
}

/* The file a symbolic link at @path leads to; @path itself when it is none. */
static char *
resolve_link (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint depth = 0; depth < 32; depth++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        break;
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_canonicalize_filename (target, dir);
    }

  return g_steal_pointer (&current);
}

/* Flushes a rename to the disk; some file systems cannot, which costs nothing but durability. */
static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  (void) fsync (fd);
  g_close (fd, NULL);
}

static void
discard (BriefingSaveFile *self)
{
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  self->fd = -1;
  if (!self->done)
    g_unlink (self->temp_path);
  self->done = TRUE;
}

BriefingSaveFile *
briefing_save_file_begin (const char  *path,
                          int          mode,
                          GError     **error)
{
  g_autoptr(BriefingSaveFile) self = g_new0 (BriefingSaveFile, 1);
  g_autofree char *absolute = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->fd = -1;
  self->done = TRUE;
  absolute = g_canonicalize_filename (path, NULL);
  self->path = resolve_link (absolute);
  self->dir = g_path_get_dirname (self->path);

  exists = g_stat (self->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      set_error (error, EISDIR, STAGE_FILE, self->dir);
      return NULL;
    }
  /* The rename would replace it anyway, but the user said it is not to be changed. */
  if (exists && g_access (self->path, W_OK) != 0 && errno != EROFS)
    {
      set_error (error, errno, STAGE_FILE, self->dir);
      return NULL;
    }

  base = g_path_get_basename (self->path);
  name = g_strdup_printf (".%s.XXXXXX.part", base);
  self->temp_path = g_build_filename (self->dir, name, NULL);
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, mode);
  if (self->fd < 0)
    {
      set_error (error, errno, STAGE_FOLDER, self->dir);
      return NULL;
    }
  self->done = FALSE;

  if (exists)
    (void) fchmod (self->fd, st.st_mode & 07777);

  return g_steal_pointer (&self);
}

gboolean
briefing_save_file_write (BriefingSaveFile  *self,
                          const void        *data,
                          gsize              length,
                          GError           **error)
{
  const char *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  while (length > 0)
    {
      gssize n = write (self->fd, bytes, MIN (length, G_MAXSSIZE));

      if (n < 0)
        {
          int errsv = errno;

          if (errsv == EINTR)
            continue;
          set_error (error, errsv, STAGE_WRITE, self->dir);
          discard (self);
          return FALSE;
        }
      bytes += n;
      length -= n;
    }

  return TRUE;
}

gboolean
briefing_save_file_commit (BriefingSaveFile  *self,
                           GError           **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  /* Flushed before the rename, or a crash could leave the new name on an empty file. */
  if (fsync (self->fd) != 0)
    {
      set_error (error, errno, STAGE_WRITE, self->dir);
      discard (self);
      return FALSE;
    }

  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0 && errno != EINTR)
    {
      set_error (error, errno, STAGE_WRITE, self->dir);
      discard (self);
      return FALSE;
    }

  if (g_rename (self->temp_path, self->path) != 0)
    {
      int errsv = errno;

      /* The old file could not be replaced: say so as the file's fault when it is the file. */
      set_error (error, errsv, errsv == EPERM || errsv == EISDIR ? STAGE_FILE : STAGE_FOLDER, self->dir);
      discard (self);
      return FALSE;
    }

  self->done = TRUE;
  sync_dir (self->dir);
  return TRUE;
}

void
briefing_save_file_free (BriefingSaveFile *self)
{
  if (self == NULL)
    return;

  discard (self);
  g_free (self->path);
  g_free (self->dir);
  g_free (self->temp_path);
  g_free (self);
}

gboolean
briefing_save_file_contents (const char  *path,
                             const void  *data,
                             gsize        length,
                             int          mode,
                             GError     **error)
{
  g_autoptr(BriefingSaveFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  file = briefing_save_file_begin (path, mode, error);
  return file != NULL &&
         briefing_save_file_write (file, data, length, error) &&
         briefing_save_file_commit (file, error);
}
