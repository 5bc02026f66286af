package dev.tocsin.web;

import dev.tocsin.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A problem on a page shows as a page that says what went wrong, with its status code. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(Problem.class)
    String problem(Problem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("title", problem.title());
        model.addAttribute("detail", problem.getMessage());
        model.addAttribute("status", problem.status().value());
        return "error";
    }
}
