package dev.tocsin.web;

import dev.tocsin.platform.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem on a page shows as a page that says what went wrong, with its status code. Matches
 * REST controllers too (they are controllers), so it is ordered after the API's problem handlers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
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
