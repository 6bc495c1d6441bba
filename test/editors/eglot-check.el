;;; eglot-check.el --- open an article in Emacs with eglot, print what the server reports.
;; Run: ARTICLEMARK_SERVER=dist/server.js emacs --batch -l eglot-check.el FILE
;; Prints one line per diagnostic, "LINE TYPE CODE", then "TOTAL N".
(require 'eglot)
(require 'flymake)
(define-derived-mode articlemark-mode text-mode "ArticleMark")
(add-to-list 'auto-mode-alist '("\\.article\\'" . articlemark-mode))
(add-to-list 'eglot-server-programs
             `(articlemark-mode . ("node" ,(getenv "ARTICLEMARK_SERVER") "--stdio")))
(setq eglot-sync-connect t)
(find-file (car command-line-args-left))
;; `eglot-ensure' waits for the command loop, which batch mode never runs.
(apply #'eglot (eglot--guess-contact))
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.2)))
(dolist (d (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (let ((text (flymake-diagnostic-text d)))
    (princ (format "%d %s %s\n"
                   (line-number-at-pos (flymake-diagnostic-beg d))
                   (flymake-diagnostic-type d)
                   (if (string-match "\\[\\([a-z-]+\\)\\]" text) (match-string 1 text) "?")))))
(princ (format "TOTAL %d\n" (length (flymake-diagnostics))))
(kill-emacs 0)
